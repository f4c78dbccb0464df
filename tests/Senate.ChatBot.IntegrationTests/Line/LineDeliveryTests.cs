using Senate.ChatBot.FakeLine;

namespace Senate.ChatBot.IntegrationTests.Line;

public sealed class LineDeliveryTests
{
    [Fact]
    public async Task Expired_reply_token_falls_back_to_push()
    {
        await using var host = await LineHost.StartAsync(replyTokenLifetime: TimeSpan.Zero);
        var user = host.NewFriend();

        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));

        var messages = await host.Fake.WaitForMessagesAsync(user, 1);
        Assert.All(messages, m => Assert.Equal("push", m.Via));
        Assert.Contains(host.Fake.State.Calls, c => c.Operation == "reply" && c.Status == 400);
    }

    [Fact]
    public async Task A_turn_older_than_the_reply_token_pushes_without_trying_the_token()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var old = LineEvents.Text(LineEvents.UserSource(user), "ช่วยเหลือ", host.Fake.NewReplyToken(user), DateTimeOffset.UtcNow.AddSeconds(-55));

        await host.SendOkAsync(old);

        var messages = await host.Fake.WaitForMessagesAsync(user, 1);
        Assert.All(messages, m => Assert.Equal("push", m.Via));
        Assert.DoesNotContain(host.Fake.State.Calls, c => c.Operation == "reply");
    }

    [Fact]
    public async Task Push_is_retried_after_a_500_with_the_same_retry_key()
    {
        await using var host = await LineHost.StartAsync(replyTokenLifetime: TimeSpan.Zero);
        var user = host.NewFriend();
        host.Fake.State.Fail("push", 500);

        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));

        await host.Fake.WaitForMessagesAsync(user, 1);
        var pushes = host.Fake.State.Calls.Where(c => c.Operation == "push").ToList();
        Assert.Equal([500, 200], pushes.Select(p => p.Status));
        Assert.NotNull(pushes[0].RetryKey);
        Assert.Equal(pushes[0].RetryKey, pushes[1].RetryKey);
    }

    [Fact]
    public async Task Too_many_requests_waits_as_retry_after_says_then_succeeds()
    {
        await using var host = await LineHost.StartAsync(replyTokenLifetime: TimeSpan.Zero);
        var user = host.NewFriend();
        host.Fake.State.Fail("push", 429, times: 2, retryAfterSeconds: 1);

        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));

        await host.Fake.WaitForMessagesAsync(user, 1);
        var pushes = host.Fake.State.Calls.Where(c => c.Operation == "push").ToList();
        Assert.Equal([429, 429, 200], pushes.Select(p => p.Status));
        Assert.Single(pushes.Select(p => p.RetryKey).Distinct());
        Assert.True(pushes[2].At - pushes[0].At >= TimeSpan.FromSeconds(1.9), "each retry waited for Retry-After");
    }

    [Fact]
    public async Task A_line_outage_keeps_the_answer_in_the_outbox_until_line_takes_it()
    {
        // More failures than the client's retries: the push lands in the outbox and goes out later, once.
        await using var host = await LineHost.StartAsync(
            new Dictionary<string, string?> { ["Line:MaxRetries"] = "1" }, replyTokenLifetime: TimeSpan.Zero);
        var user = host.NewFriend();
        host.Fake.State.Fail("push", 503, times: 3);

        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));

        var messages = await host.Fake.WaitForMessagesAsync(user, 1, TimeSpan.FromSeconds(30));
        Assert.NotEmpty(messages);
        var pushes = host.Fake.State.Calls.Where(c => c.Operation == "push").ToList();
        Assert.Equal(200, pushes[^1].Status);
        Assert.Single(pushes.Select(p => p.RetryKey).Distinct());
        await LineHost.EventuallyAsync(async () => await host.ScalarAsync<long>(
            "select count(*) from {schema}.line_outbox where sent_at is not null and not failed") == 1, "the outbox row is done");
    }
}
