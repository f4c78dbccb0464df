using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.Testing;
using Senate.ChatBot.Bots.Middleware;

namespace Senate.ChatBot.UnitTests.Bots;

public sealed class MiddlewareTests
{
    [Theory]
    [InlineData("ประชุมวันไหน", "th-TH")]
    [InlineData("when is the meeting", "en-US")]
    [InlineData("ประชุม committee ไหน", "th-TH")]
    public async Task Locale_follows_the_script_the_person_writes_in(string text, string expected)
    {
        string? seen = null;
        var adapter = new TestAdapter();
        adapter.Use(new LocaleMiddleware());

        await adapter.SendTextToBotAsync(text, (context, _) =>
        {
            seen = context.Activity.Locale;
            return Task.CompletedTask;
        });

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Digits_and_emoji_keep_the_channel_language()
    {
        string? seen = null;
        var adapter = new TestAdapter(TestAdapter.DefaultConversation(locale: "en-US"));
        adapter.Use(new LocaleMiddleware());

        await adapter.SendTextToBotAsync("12 👍", (context, _) =>
        {
            seen = context.Activity.Locale;
            return Task.CompletedTask;
        });

        Assert.Equal("en-US", seen);
    }

    [Fact]
    public async Task A_slow_turn_shows_typing_until_the_answer_and_a_fast_one_does_not()
    {
        var time = new FakeTimeProvider();
        var adapter = new TestAdapter(timeProvider: time);
        adapter.Use(new TypingIndicatorMiddleware(time));
        var release = new TaskCompletionSource();

        var slowTurn = adapter.SendTextToBotAsync("ช้า", async (context, ct) =>
        {
            await release.Task;
            await context.SendActivityAsync("คำตอบ", cancellationToken: ct);
        });
        time.Advance(TimeSpan.FromMilliseconds(600));
        await WaitForReplyAsync(adapter, ActivityTypes.Typing);
        release.SetResult();
        await slowTurn;
        Assert.Equal("คำตอบ", adapter.GetNextReply()?.Text);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Null(adapter.GetNextReply());

        await adapter.SendTextToBotAsync("เร็ว", (context, ct) => context.SendActivityAsync("ทันที", cancellationToken: ct));
        Assert.Equal("ทันที", adapter.GetNextReply()?.Text);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task Turn_log_names_the_activity_type_but_never_the_text_or_the_user()
    {
        var logger = new FakeLogger<TurnLoggingMiddleware>();
        var adapter = new TestAdapter();
        adapter.Use(new TurnLoggingMiddleware(logger, TimeProvider.System));

        await adapter.SendTextToBotAsync("เบอร์ของฉันคือ 081-234-5678", (context, ct) => context.SendActivityAsync("รับทราบ", cancellationToken: ct));

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal("TurnCompleted", record.Id.Name);
        Assert.Contains("message", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("081", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(adapter.Conversation.User!.Id, record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(adapter.Conversation.Conversation!.Id, record.Message, StringComparison.Ordinal);
    }

    private static async Task WaitForReplyAsync(TestAdapter adapter, string type)
    {
        for (var i = 0; i < 200; i++)
        {
            if (adapter.GetNextReply() is { } reply)
            {
                Assert.Equal(type, reply.Type);
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"No {type} activity was sent.");
    }
}
