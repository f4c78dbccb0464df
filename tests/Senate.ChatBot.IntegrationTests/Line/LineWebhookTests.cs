using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Host.Channels.Line.Turns;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Line;

public sealed class LineWebhookTests
{
    [Fact]
    public async Task Missing_or_wrong_signature_answers_401_problem_and_stores_nothing()
    {
        await using var host = await LineHost.StartAsync();
        var body = Encoding.UTF8.GetBytes("""{"destination":"U0123456789abcdef0123456789abcdef","events":[]}""");

        using var missing = await host.Fake.SendRawAsync(body, signature: null);
        using var wrong = await host.Fake.SendRawAsync(body, LineSigner.Sign("another-secret", body));
        using var garbage = await host.Fake.SendRawAsync(body, "not base64!");

        foreach (var response in new[] { missing, wrong, garbage })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Malformed_json_with_a_good_signature_answers_400_problem()
    {
        await using var host = await LineHost.StartAsync();
        foreach (var text in new[] { "{\"events\": [", "[]", "{\"destination\":\"x\"}", "{\"events\":[42]}" })
        {
            var body = Encoding.UTF8.GetBytes(text);
            using var response = await host.Fake.SendRawAsync(body, LineSigner.Sign(TestSettings.LineChannelSecret, body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Verify_call_with_no_events_answers_200()
    {
        await using var host = await LineHost.StartAsync();

        using var response = await host.Fake.SendAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Fake.State.Calls);
    }

    [Fact]
    public async Task Text_message_is_answered_with_the_reply_token()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();

        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));

        var messages = await host.Fake.WaitForMessagesAsync(user, 1);
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal("reply", m.Via));
    }

    [Fact]
    public async Task Redelivered_event_is_handled_once()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var original = host.Fake.UserText(user, "ช่วยเหลือ");

        await host.SendOkAsync(original);
        var first = await host.Fake.WaitForMessagesAsync(user, 1);
        await host.SendOkAsync(LineEvents.AsRedelivery(original));
        await host.SendOkAsync(LineEvents.AsRedelivery(original));
        await Task.Delay(1500);

        Assert.Equal(first.Count, host.Fake.State.MessagesTo(user).Count);
        Assert.Single(host.Fake.State.Calls, c => c.Operation is "reply" or "push");
        Assert.Equal(1L, await host.ScalarAsync<long>("select count(*) from {schema}.line_inbox"));
    }

    [Fact]
    public async Task A_burst_from_one_user_is_processed_in_order()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var events = Enumerable.Range(0, 6).Select(i => host.Fake.UserText(user, i % 2 == 0 ? "ช่วยเหลือ" : "ยกเลิก")).ToList();
        var tokens = events.Select(e => (string)e["replyToken"]!).ToList();

        // Three webhook requests, as LINE may batch: the events' order must survive batching and the inbox.
        await host.SendOkAsync(events[0], events[1]);
        await host.SendOkAsync(events[2]);
        await host.SendOkAsync(events[3], events[4], events[5]);

        await LineHost.EventuallyAsync(
            () => Task.FromResult(host.Fake.State.Calls.Count(c => c.Operation == "reply") == events.Count), "one reply per event");
        var used = host.Fake.State.Calls.Where(c => c.Operation == "reply")
            .Select(c => JsonDocument.Parse(c.Body!).RootElement.GetProperty("replyToken").GetString()!).ToList();
        Assert.Equal(tokens, used);
    }

    [Fact]
    public async Task Unknown_event_type_is_acknowledged_and_finished_without_an_answer()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();

        await host.SendOkAsync(LineEvents.Event("somethingNew", LineEvents.UserSource(user), replyToken: null, DateTimeOffset.UtcNow));

        await LineHost.EventuallyAsync(async () => await host.ScalarAsync<long>(
            "select count(*) from {schema}.line_inbox where done_at is not null and not failed") == 1, "the event is finished");
        Assert.Empty(host.Fake.State.MessagesTo(user));
    }

    [Fact]
    public async Task Sticker_gets_a_polite_text_only_answer()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();

        await host.SendOkAsync(LineEvents.Sticker(LineEvents.UserSource(user), host.Fake.NewReplyToken(user), DateTimeOffset.UtcNow));

        var message = Assert.Single(await host.Fake.WaitForMessagesAsync(user, 1));
        Assert.Contains("ข้อความตัวอักษร", (string?)message.Message["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follow_greets_sets_the_public_rich_menu_and_unfollow_marks_the_user_inactive()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var source = LineEvents.UserSource(user);

        await host.SendOkAsync(LineEvents.Follow(source, host.Fake.NewReplyToken(user), DateTimeOffset.UtcNow));
        await host.Fake.WaitForMessagesAsync(user, 1);
        await LineHost.EventuallyAsync(() => Task.FromResult(host.Fake.State.UserRichMenus.ContainsKey(user)), "a rich menu is linked");
        await host.SendOkAsync(LineEvents.Unfollow(source, DateTimeOffset.UtcNow));

        await LineHost.EventuallyAsync(async () =>
        {
            await using var session = host.Get<IDocumentStore>().QuerySession();
            return (await session.LoadAsync<LineFriend>(user))?.Following == false;
        }, "the user is inactive");
        var menu = host.Fake.State.RichMenus[host.Fake.State.UserRichMenus[user]];
        Assert.StartsWith("senate-public", (string?)menu["name"], StringComparison.Ordinal);
    }
}
