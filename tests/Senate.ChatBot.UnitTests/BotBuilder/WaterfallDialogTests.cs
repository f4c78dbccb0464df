using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Values_persist_across_turns_through_json_only()
    {
        var bot = new FreshEachTurnBot(() => new ComponentDialog("main")
            .AddDialog(new WaterfallDialog("profile",
            [
                (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("ชื่ออะไรคะ") }, ct),
                (step, ct) =>
                {
                    step.Values["name"] = (string)step.Result!;
                    step.Values.Set("topics", new[] { "ประชุม", "เอกสาร" });
                    return step.PromptAsync("age", new PromptOptions { Prompt = MessageFactory.Text("อายุเท่าไรคะ") }, ct);
                },
                async (step, ct) =>
                {
                    var topics = step.Values.Get<string[]>("topics")!;
                    await step.Context.SendActivityAsync($"{step.Values.Get<string>("name")} อายุ {step.Result} สนใจ {string.Join('/', topics)}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Values.Get<string>("name"), ct);
                },
            ]))
            .AddDialog(new TextPrompt("name"))
            .AddDialog(new NumberPrompt<int>("age")));

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync)
            .Send("สวัสดี").AssertReply("ชื่ออะไรคะ")
            .Send("สมชาย").AssertReply("อายุเท่าไรคะ")
            .Do(() => Assert.Equal(DialogTurnStatus.Waiting, bot.LastResult!.Status))
            .Send("๔๕").AssertReply("สมชาย อายุ 45 สนใจ ประชุม/เอกสาร")
            .StartTestAsync();

        Assert.Equal((DialogTurnStatus.Complete, "สมชาย"), (bot.LastResult!.Status, bot.LastResult.Result));
    }

    [Fact]
    public async Task The_stored_stack_has_the_documented_json_shape()
    {
        var bot = new FreshEachTurnBot(() => new ComponentDialog("main")
            .AddDialog(new WaterfallDialog("flow",
            [
                (step, ct) => step.PromptAsync("ask", new PromptOptions { Prompt = MessageFactory.Text("?") }, ct),
                (step, ct) => step.EndDialogAsync(null, ct),
            ]))
            .AddDialog(new TextPrompt("ask")));

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync).Send("hi").AssertReply("?").StartTestAsync();

        var stack = await bot.StoredStackAsync();
        var main = stack[0];
        var inner = main.GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal("main", main.GetProperty("id").GetString());
        Assert.Equal(["ask", "flow"], inner.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(0, inner[1].GetProperty("state").GetProperty("stepIndex").GetInt32());
        Assert.Equal("?", inner[0].GetProperty("state").GetProperty("options").GetProperty("prompt").GetProperty("text").GetString());
        Assert.Equal(0, inner[0].GetProperty("state").GetProperty("state").GetProperty("attemptCount").GetInt32());
    }

    [Fact]
    public async Task NextAsync_skips_ahead_and_a_step_can_wait_for_plain_text()
    {
        var bot = new FreshEachTurnBot(() => new WaterfallDialog("flow",
        [
            (step, ct) => step.NextAsync("skipped", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Reason}:{step.Result}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Reason}:{step.Result}:{step.Index}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync)
            .Send("go").AssertReply("NextCalled:skipped")
            .Send("ข้อความ").AssertReply("ContinueCalled:ข้อความ:2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Options_are_readable_in_later_turns()
    {
        var bot = new FreshEachTurnBot(() => new ComponentDialog("main")
            .AddDialog(new WaterfallDialog("start", [(step, ct) => step.BeginDialogAsync("withOptions", new Lookup("ประชุมสภา", 3), ct)]))
            .AddDialog(new WaterfallDialog("withOptions",
            [
                (_, _) => Task.FromResult(Dialog.EndOfTurn),
                async (step, ct) =>
                {
                    var options = step.GetOptions<Lookup>()!;
                    await step.Context.SendActivityAsync($"{options.Topic} x{options.Count}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ])));

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync)
            .Send("a").AssertNoReply()
            .Send("b").AssertReply("ประชุมสภา x3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Activities_other_than_messages_do_not_advance_the_waterfall()
    {
        var bot = new FreshEachTurnBot(() => new WaterfallDialog("flow",
        [
            (_, _) => Task.FromResult(Dialog.EndOfTurn),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("ถัดไป", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync)
            .Send("start")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "ping" }).AssertNoReply()
            .Send("next").AssertReply("ถัดไป")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_twice_in_one_step_is_refused()
    {
        var bot = new FreshEachTurnBot(() => new WaterfallDialog("flow",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (_, _) => Task.FromResult(Dialog.EndOfTurn),
        ]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => new TestFlow(new TestAdapter(), bot.OnTurnAsync).Send("x").StartTestAsync());
    }

    private sealed record Lookup(string Topic, int Count);
}
