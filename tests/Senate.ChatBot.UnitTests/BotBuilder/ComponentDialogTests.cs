using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task A_main_dialog_can_intercept_cancel_and_help_before_the_inner_dialog()
    {
        var bot = new FreshEachTurnBot(() => new InterruptingMain());

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync)
            .Send("สวัสดี").AssertReply("เรื่องที่ร้องเรียนคืออะไรคะ")
            .Send("ช่วยด้วย").AssertReply("พิมพ์ ยกเลิก เพื่อหยุด").AssertReply("เรื่องที่ร้องเรียนคืออะไรคะ")
            .Send("ถนนชำรุด").AssertReply("ยืนยันไหมคะ\n1. ใช่\n2. ไม่ใช่")
            .Send("ยกเลิก").AssertReply("ยกเลิกแล้วค่ะ")
            .Do(() => Assert.Equal(DialogTurnStatus.Complete, bot.LastResult!.Status))
            .Send("เริ่มใหม่").AssertReply("เรื่องที่ร้องเรียนคืออะไรคะ")
            .Send("ไฟดับ").AssertReply("ยืนยันไหมคะ\n1. ใช่\n2. ไม่ใช่")
            .Send("ค่ะ").AssertReply("บันทึกเรื่อง ไฟดับ แล้วค่ะ")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_component_result_resumes_the_parent_step()
    {
        var bot = new FreshEachTurnBot(() => new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("outer",
            [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"ได้ {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .AddDialog(new ComponentDialog("child")
                .AddDialog(new WaterfallDialog("ask",
                [
                    (step, ct) => step.PromptAsync("n", new PromptOptions { Prompt = MessageFactory.Text("กี่ท่าน") }, ct),
                    (step, ct) => step.EndDialogAsync((int)step.Result! * 2, ct),
                ]))
                .AddDialog(new NumberPrompt<int>("n"))));

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync)
            .Send("x").AssertReply("กี่ท่าน")
            .Send("สาม").AssertReply("ได้ 6")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancelling_from_outside_reaches_the_inner_dialogs()
    {
        var ended = new List<string>();
        var bot = new FreshEachTurnBot(() => new ComponentDialog("root")
            .AddDialog(new TrackingComponent("inner", ended)
                .AddDialog(new TextPrompt("ask"))));

        var adapter = new TestAdapter();
        await new TestFlow(adapter, bot.OnTurnAsync).Send("x").AssertReply("?").StartTestAsync();
        await adapter.SendTextToBotAsync("y", async (ctx, ct) =>
        {
            var state = new Senate.ChatBot.BotBuilder.State.ConversationState(bot.Storage);
            var dialogs = new DialogSet(state.CreateProperty<DialogState>("DialogState"))
                .Add(new ComponentDialog("root").AddDialog(new TrackingComponent("inner", ended).AddDialog(new TextPrompt("ask"))));
            var dc = await dialogs.CreateContextAsync(ctx, ct);
            Assert.Equal(DialogTurnStatus.Cancelled, (await dc.CancelAllDialogsAsync(ct)).Status);
        });

        Assert.Equal(["inner:CancelCalled"], ended);
    }

    private sealed class TrackingComponent(string id, List<string> ended) : ComponentDialog(id)
    {
        protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
            innerDc.PromptAsync("ask", new PromptOptions { Prompt = MessageFactory.Text("?") }, cancellationToken);

        protected override Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        {
            ended.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }

    /// <summary>The shape a product MainDialog takes: interruptions first, then the inner conversation.</summary>
    private sealed class InterruptingMain : ComponentDialog
    {
        public InterruptingMain()
            : base("main")
        {
            AddDialog(new WaterfallDialog("complaint",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("เรื่องที่ร้องเรียนคืออะไรคะ") }, ct),
                (step, ct) =>
                {
                    step.Values["subject"] = (string)step.Result!;
                    return step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("ยืนยันไหมคะ"), Style = Senate.ChatBot.BotBuilder.Dialogs.Choices.ListStyle.List }, ct);
                },
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"บันทึกเรื่อง {step.Values.Get<string>("subject")} แล้วค่ะ", cancellationToken: ct);
                    return await step.EndDialogAsync(true, ct);
                },
            ]));
            AddDialog(new TextPrompt("text"));
            AddDialog(new ConfirmPrompt("confirm"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text)
            {
                case "ยกเลิก":
                    await innerDc.Context.SendActivityAsync("ยกเลิกแล้วค่ะ", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                case "ช่วยด้วย":
                    await innerDc.Context.SendActivityAsync("พิมพ์ ยกเลิก เพื่อหยุด", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return Dialog.EndOfTurn;
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }
}
