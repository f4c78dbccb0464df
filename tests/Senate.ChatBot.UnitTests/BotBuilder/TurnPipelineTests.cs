using Microsoft.Extensions.Time.Testing;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class TurnPipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Outgoing_activities_are_stamped_from_the_incoming_one()
    {
        var adapter = new TestAdapter(TestAdapter.DefaultConversation("line"), new FakeTimeProvider(Now));
        var incoming = adapter.MakeActivity("hi");
        incoming.Id = "in-7";

        await adapter.ProcessActivityAsync(incoming, (ctx, ct) => ctx.SendActivityAsync(new Activity { Text = "สวัสดีค่ะ" }, ct));

        var reply = adapter.GetNextReply()!;
        Assert.False(string.IsNullOrEmpty(reply.Id));
        Assert.Equal(Now, reply.Timestamp);
        Assert.Equal("in-7", reply.ReplyToId);
        Assert.Equal("line", reply.ChannelId);
        Assert.Equal("conversation-1", reply.Conversation!.Id);
        Assert.Equal(("bot", "user-1"), (reply.From!.Id, reply.Recipient!.Id));
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("th-TH", reply.Locale);
    }

    [Fact]
    public async Task Sending_one_object_twice_gives_two_ids_and_leaves_the_object_untouched()
    {
        var adapter = new TestAdapter();
        var message = MessageFactory.Text("ซ้ำ");

        await adapter.SendTextToBotAsync("x", async (ctx, ct) =>
        {
            await ctx.SendActivityAsync(message, ct);
            await ctx.SendActivityAsync(message, ct);
        });

        Assert.NotEqual(adapter.GetNextReply()!.Id, adapter.GetNextReply()!.Id);
        Assert.Null(message.Id);
    }

    [Fact]
    public async Task Middleware_runs_in_order_around_the_bot()
    {
        var log = new List<string>();
        var adapter = new TestAdapter();
        adapter.Use(new Recording("a", log)).Use(new Recording("b", log));

        await adapter.SendTextToBotAsync("x", (_, _) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], log);
    }

    [Fact]
    public async Task Middleware_that_does_not_call_next_stops_the_turn()
    {
        var reached = false;
        var adapter = new TestAdapter();
        adapter.Use(new ShortCircuit());

        await adapter.SendTextToBotAsync("x", (_, _) =>
        {
            reached = true;
            return Task.CompletedTask;
        });

        Assert.False(reached);
    }

    [Fact]
    public async Task Send_hooks_run_in_registration_order_and_can_change_or_drop_activities()
    {
        var adapter = new TestAdapter();
        var order = new List<string>();

        await adapter.SendTextToBotAsync("x", async (ctx, ct) =>
        {
            ctx.OnSendActivities((_, activities, next) =>
            {
                order.Add("first");
                Assert.All(activities, a => Assert.NotNull(a.Id)); // hooks see stamped activities
                foreach (var activity in activities)
                {
                    activity.Text = activity.Text?.ToUpperInvariant();
                }

                return next();
            });
            ctx.OnSendActivities((_, activities, next) =>
            {
                order.Add("second");
                activities.Remove(activities.Single(a => a.Text == "SECRET"));
                return next();
            });
            var responses = await ctx.SendActivitiesAsync([MessageFactory.Text("hello"), MessageFactory.Text("secret")], ct);
            Assert.Single(responses);
        });

        Assert.Equal(["first", "second"], order);
        Assert.Equal("HELLO", adapter.GetNextReply()!.Text);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task Typing_does_not_count_as_responded_but_a_message_does()
    {
        var adapter = new TestAdapter();
        var seen = new List<bool>();

        await adapter.SendTextToBotAsync("x", async (ctx, ct) =>
        {
            await ctx.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, ct);
            seen.Add(ctx.Responded);
            await ctx.SendActivityAsync("ok", cancellationToken: ct);
            seen.Add(ctx.Responded);
        });

        Assert.Equal([false, true], seen);
    }

    [Fact]
    public async Task OnTurnError_receives_the_exception_and_can_answer()
    {
        var adapter = new TestAdapter { OnTurnError = (ctx, e) => ctx.SendActivityAsync($"ขออภัย: {e.Message}") };

        await adapter.SendTextToBotAsync("x", (_, _) => throw new InvalidOperationException("boom"));

        Assert.Equal("ขออภัย: boom", adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task Without_OnTurnError_the_exception_propagates()
    {
        var adapter = new TestAdapter();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.SendTextToBotAsync("x", (_, _) => throw new InvalidOperationException("boom")));
    }

    [Fact]
    public async Task ContinueConversation_sends_to_the_referenced_conversation()
    {
        var adapter = new TestAdapter();
        var reference = TestAdapter.DefaultConversation("line") with { ActivityId = "old-1" };

        await adapter.ContinueConversationAsync(reference, (ctx, ct) =>
        {
            Assert.Equal((ActivityTypes.Event, "ContinueConversation"), (ctx.Activity.Type, ctx.Activity.Name));
            return ctx.SendActivityAsync("แจ้งเตือน", cancellationToken: ct);
        });

        var reply = adapter.GetNextReply()!;
        Assert.Equal(("line", "user-1"), (reply.ChannelId, reply.Recipient!.Id));
    }

    private sealed class Recording(string name, List<string> log) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            log.Add(name + ">");
            await next(cancellationToken);
            log.Add("<" + name);
        }
    }

    private sealed class ShortCircuit : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;
    }
}
