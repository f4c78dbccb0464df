using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

/// <summary>A release may change dialogs while conversations are stored mid-way; they must restart politely.</summary>
public sealed class RestartSafetyTests
{
    private static ComponentDialog Version2() => new ComponentDialog("main")
        .AddDialog(new WaterfallDialog("menu",
        [
            (step, ct) => step.PromptAsync("pick", new PromptOptions { Prompt = MessageFactory.Text("เมนูใหม่") }, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]))
        .AddDialog(new TextPrompt("pick"));

    [Fact]
    public async Task A_stored_stack_naming_a_removed_dialog_starts_over()
    {
        var storage = new MemoryStorage();
        var version1 = new FreshEachTurnBot(() => new ComponentDialog("main")
            .AddDialog(new WaterfallDialog("oldFlow",
            [
                (step, ct) => step.PromptAsync("oldAsk", new PromptOptions { Prompt = MessageFactory.Text("คำถามเก่า") }, ct),
                (step, ct) => step.EndDialogAsync(null, ct),
            ]))
            .AddDialog(new TextPrompt("oldAsk")), storage);
        var version2 = new FreshEachTurnBot(Version2, storage);
        var adapter = new TestAdapter();

        await new TestFlow(adapter, version1.OnTurnAsync).Send("hi").AssertReply("คำถามเก่า").StartTestAsync();
        await new TestFlow(adapter, version2.OnTurnAsync)
            .Send("คำตอบ").AssertReply(FreshEachTurnBot.StartOver).AssertReply("เมนูใหม่")
            .Send("ก").AssertNoReply()
            .StartTestAsync();

        Assert.Equal((DialogTurnStatus.Complete, "ก"), (version2.LastResult!.Status, version2.LastResult.Result));
    }

    [Fact]
    public async Task A_waterfall_step_index_beyond_the_steps_starts_over()
    {
        var bot = new FreshEachTurnBot(Version2);
        await bot.WriteStoredStateAsync("""
            {"DialogState":{"dialogStack":[{"id":"main","state":{"dialogs":{"dialogStack":[
              {"id":"menu","state":{"stepIndex":7,"values":{}}}]}}}]}}
            """);

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync)
            .Send("ต่อ").AssertReply(FreshEachTurnBot.StartOver).AssertReply("เมนูใหม่")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("""{"DialogState":"not a stack"}""")]
    [InlineData("""{"DialogState":{"dialogStack":[null]}}""")]
    [InlineData("""{"DialogState":{"dialogStack":[{"state":{}}]}}""")]
    [InlineData("""{"DialogState":{"dialogStack":[{"id":"main","state":{"dialogs":{"dialogStack":[{"id":null}]}}}]}}""")]
    [InlineData("""{"DialogState":{"dialogStack":[{"id":"main","state":{"dialogs":42}}]}}""")]
    [InlineData("""{"DialogState":{"dialogStack":[{"id":"main","state":{"dialogs":{"dialogStack":[{"id":"pick","state":{"options":"??"}}]}}}]}}""")]
    public async Task State_of_the_wrong_shape_starts_over(string stored)
    {
        var bot = new FreshEachTurnBot(Version2);
        await bot.WriteStoredStateAsync(stored);

        await new TestFlow(new TestAdapter(), bot.OnTurnAsync)
            .Send("ต่อ").AssertReply(FreshEachTurnBot.StartOver).AssertReply("เมนูใหม่")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_root_context_reports_the_reset_and_throws_nothing()
    {
        var storage = new MemoryStorage();
        await new FreshEachTurnBot(Version2, storage).WriteStoredStateAsync(
            """{"DialogState":{"dialogStack":[{"id":"gone","state":{}},{"id":"main","state":{}}]}}""");
        var adapter = new TestAdapter();
        var ctx = new TurnContext(adapter, adapter.MakeActivity("x"));
        var dialogs = new DialogSet(new ConversationState(storage).CreateProperty<DialogState>("DialogState")).Add(Version2());

        var dc = await dialogs.CreateContextAsync(ctx);
        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
        Assert.True(dc.StackWasReset);
        Assert.Empty(dc.Stack);
        Assert.Null(adapter.GetNextReply());
    }
}
