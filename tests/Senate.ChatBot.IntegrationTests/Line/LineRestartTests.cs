namespace Senate.ChatBot.IntegrationTests.Line;

public sealed class LineRestartTests
{
    [Fact]
    public async Task An_event_stored_by_a_host_that_died_before_processing_is_processed_after_restart()
    {
        // The first host stores and answers 200 but never processes (as if killed right after the answer).
        await using var first = await LineHost.StartAsync(new Dictionary<string, string?> { ["Line:ProcessEvents"] = "false" });
        var user = first.NewFriend();
        await first.SendOkAsync(first.Fake.UserText(user, "ช่วยเหลือ"));
        await Task.Delay(500);
        Assert.Empty(first.Fake.State.MessagesTo(user));
        Assert.Equal(1L, await first.ScalarAsync<long>("select count(*) from {schema}.line_inbox where done_at is null"));

        // The restarted host (same database, same fake LINE) finds the event and answers it.
        await using var restarted = await LineHost.StartAsync(new Dictionary<string, string?> { ["Marten:Schema"] = first.Factory.Schema }, first.Fake);

        Assert.NotEmpty(await restarted.Fake.WaitForMessagesAsync(user, 1));
        await LineHost.EventuallyAsync(async () =>
            await first.ScalarAsync<long>("select count(*) from {schema}.line_inbox where done_at is not null") == 1, "the event is finished");
    }
}
