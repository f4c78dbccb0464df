using Senate.ChatBot.IntegrationTests.Line;

namespace Senate.ChatBot.IntegrationTests.Faults;

/// <summary>LINE's Messaging API answers 500 and 429 for a while, to many people's answers at once.</summary>
public sealed class LineApiOutageDrillTests
{
    private const int Users = 10;

    [Fact]
    public async Task Answers_wait_in_the_outbox_and_each_reaches_its_person_once_under_its_first_retry_key()
    {
        await using var host = await LineHost.StartAsync(new Dictionary<string, string?> { ["Line:MaxRetries"] = "1" });
        var control = host.NewFriend();
        await host.SendOkAsync(host.Fake.UserText(control, "ช่วยเหลือ"));
        var perAnswer = (await host.Fake.WaitForMessagesAsync(control, 1)).Count;

        // Every reply fails (so answers fall back to push), and pushes are refused long enough to go to the outbox.
        host.Fake.State.Fail("reply", 500, times: 2 * Users);
        host.Fake.State.Fail("push", 429, times: 2 * Users, retryAfterSeconds: 1);
        host.Fake.State.Fail("push", 500, times: 2 * Users);
        var users = Enumerable.Range(0, Users).Select(_ => host.NewFriend()).ToList();
        foreach (var user in users)
        {
            // The webhook does not depend on LINE's API: it answers 200 throughout.
            await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));
        }

        foreach (var user in users)
        {
            Assert.Equal(perAnswer, (await host.Fake.WaitForMessagesAsync(user, perAnswer, TimeSpan.FromSeconds(45))).Count);
        }

        await LineHost.EventuallyAsync(async () => await host.ScalarAsync<long>(
            "select count(*) from {schema}.line_outbox where sent_at is null or failed") == 0, "the outbox has drained");
        var queued = await host.ScalarAsync<long>("select count(*) from {schema}.line_outbox");
        Assert.True(queued > 0, "some answers went through the outbox");

        var pushes = host.Fake.State.Calls.Where(c => c.Operation == "push").ToList();
        foreach (var key in pushes.Select(p => p.RetryKey).Distinct())
        {
            var tries = pushes.Where(p => p.RetryKey == key).ToList();
            Assert.Single(tries, t => t.Status == 200);
            Assert.All(tries.SkipWhile(t => t.Status != 200).Skip(1), t => Assert.Equal(409, t.Status));
        }

        await Task.Delay(500);
        Assert.All(users, user => Assert.Equal(perAnswer, host.Fake.State.MessagesTo(user).Count));
        Assert.Empty(host.Fake.State.Violations);
    }
}
