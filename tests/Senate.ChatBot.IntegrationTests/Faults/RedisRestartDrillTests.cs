using System.Net;
using Marten;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.IntegrationTests.DirectLine;
using Senate.ChatBot.IntegrationTests.Line;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Faults;

/// <summary>Redis (a server of this test's own, without persistence) stops and starts again empty.</summary>
public sealed class RedisRestartDrillTests
{
    [Fact]
    public async Task LINE_keeps_answering_200_and_catches_up_complaints_are_unaffected_and_web_chat_restarts_politely()
    {
        using var redis = new RedisServerProcess();
        await using var host = await LineHost.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var user = host.NewFriend();
        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));
        var perAnswer = (await host.Fake.WaitForMessagesAsync(user, 1)).Count;
        var webChat = await DirectLineClient.StartAsync(host.Client);
        await webChat.SendAsync(host.Client, "ช่วยเหลือ");

        redis.Stop();
        // LINE's webhook needs only PostgreSQL: the event is kept and worked once Redis is back.
        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));
        using (var post = webChat.Request(HttpMethod.Post, $"/v3/directline/conversations/{webChat.ConversationId}/activities"))
        {
            post.Content = new StringContent("""{"type":"message","text":"ช่วยเหลือ"}""", System.Text.Encoding.UTF8, "application/json");
            await DirectLineAccessTests.AssertProblemAsync(await host.Client.SendAsync(post), HttpStatusCode.ServiceUnavailable);
        }

        // Complaints live in PostgreSQL only: the desk records a phone complaint in the middle of the outage.
        var filed = await host.Get<ComplaintRegister>().FileAsync(
            new NewComplaint(ComplaintChannel.CallCentre, ComplaintCategory.Complaint, "premises", "ไฟทางเดินดับ", [],
                new Contact("สมหญิง", "0812345678", null), null, Anonymous: false, new Consent("drill", DateTimeOffset.UtcNow)),
            "drill/redis-outage", Actor.Officer("staff-1", "วิไล"));

        redis.Start();
        Assert.Equal(2 * perAnswer, (await host.Fake.WaitForMessagesAsync(user, 2 * perAnswer, TimeSpan.FromSeconds(30))).Count);
        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));
        Assert.Equal(3 * perAnswer, (await host.Fake.WaitForMessagesAsync(user, 3 * perAnswer)).Count);

        // The restarted Redis lost the Web Chat conversation: a clear 404, and a new one works at once.
        using (var get = webChat.Request(HttpMethod.Get, $"/v3/directline/conversations/{webChat.ConversationId}/activities"))
        {
            await DirectLineAccessTests.AssertProblemAsync(await host.Client.SendAsync(get), HttpStatusCode.NotFound);
        }

        var again = await DirectLineClient.StartAsync(host.Client);
        var id = await again.SendAsync(host.Client, "ช่วยเหลือ");
        var (activities, _) = await again.ReadAsync(host.Client);
        Assert.Contains(activities, a => a.TryGetProperty("replyToId", out var r) && r.GetString() == id);
        Assert.Equal(0L, await host.ScalarAsync<long>("select count(*) from {schema}.line_inbox where failed"));
        await using var session = host.Get<IDocumentStore>().QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(filed.Id));
        Assert.Equal(filed.Reference, (await session.LoadAsync<Complaint>(filed.Id))!.Reference);
    }
}
