using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class TestFlowTests
{
    private static readonly BotCallbackHandler Echo = (ctx, ct) => ctx.SendActivityAsync($"echo {ctx.Activity.Text}", cancellationToken: ct);

    [Fact]
    public async Task A_matching_script_passes()
    {
        await new TestFlow(new TestAdapter(), Echo)
            .Test("ก", "echo ก")
            .Send("ข").AssertReplyOneOf(["x", "echo ข"])
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_wrong_reply_fails()
    {
        await Assert.ThrowsAsync<TestFlowAssertionException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("ก").AssertReply("echo ข").StartTestAsync());
    }

    [Fact]
    public async Task A_missing_reply_fails_and_an_unexpected_one_fails()
    {
        await Assert.ThrowsAsync<TestFlowAssertionException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("ก").AssertReply("echo ก").AssertReply("more").StartTestAsync());
        await Assert.ThrowsAsync<TestFlowAssertionException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("ก").AssertNoReply().StartTestAsync());
        await Assert.ThrowsAsync<TestFlowAssertionException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("ก").AssertReplyOneOf(["x", "y"]).StartTestAsync());
    }

    [Fact]
    public async Task Nothing_runs_before_StartTestAsync()
    {
        var turns = 0;
        var flow = new TestFlow(new TestAdapter(), (_, _) =>
        {
            turns++;
            return Task.CompletedTask;
        }).Send("a").Send("b");

        Assert.Equal(0, turns);
        await flow.StartTestAsync();
        Assert.Equal(2, turns);
    }
}
