using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Features.Feedback;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.DirectLine;

public sealed class TwoHostOrderingTests
{
    // Each message needs what the previous turn left in conversation state, whichever host ran it.
    private static readonly (string Say, string Expect)[] Script =
    [
        ("สวัสดีค่ะ", "ยินดีให้บริการ"),
        ("ขอบคุณค่ะ", "ช่วยให้คะแนนความพึงพอใจ"),
        ("๕", "ขอบคุณสำหรับคะแนน"),
        ("ขอบคุณอีกครั้ง", "หากมีคำถามเพิ่มเติม"),
        ("ช่วยเหลือ", "วิธีใช้"),
    ];

    [Fact]
    public async Task Fifty_interleaved_messages_of_ten_conversations_through_two_hosts_keep_order_and_state()
    {
        await using var hostA = new SenateHostFactory();
        await using var hostB = new SenateHostFactory(new Dictionary<string, string?> { ["Marten:Schema"] = hostA.Schema });
        HttpClient[] hosts = [hostA.CreateClient(), hostB.CreateClient()];

        var conversations = await Task.WhenAll(Enumerable.Range(0, 10).Select(async c =>
        {
            var client = await DirectLineClient.StartAsync(hosts[c % 2]);
            var sent = new List<string>();
            for (var i = 0; i < Script.Length; i++)
            {
                sent.Add(await client.SendAsync(hosts[(c + i) % 2], Script[i].Say));
            }

            return (client, sent);
        }));

        foreach (var (client, sent) in conversations)
        {
            var (activities, _) = await client.ReadAsync(hosts[1]);
            var messages = activities.Where(a => a.GetProperty("type").GetString() == "message").ToList();
            var stamps = activities.Select(a => a.GetProperty("timestamp").GetDateTimeOffset()).ToList();
            Assert.Equal(stamps.Order(), stamps);
            Assert.Equal(stamps.Count, stamps.Distinct().Count());

            // Welcome, then for every user message: the echo followed by the bot's reply to it.
            Assert.Contains("ยินดีให้บริการ", Text(messages[0]), StringComparison.Ordinal);
            for (var i = 0; i < Script.Length; i++)
            {
                var echo = messages[1 + (2 * i)];
                var reply = messages[2 + (2 * i)];
                Assert.Equal(sent[i], echo.GetProperty("id").GetString());
                Assert.Equal(Script[i].Say, Text(echo));
                Assert.Equal(sent[i], reply.GetProperty("replyToId").GetString());
                Assert.Contains(Script[i].Expect, Text(reply), StringComparison.Ordinal);
            }

            Assert.Equal(1 + (2 * Script.Length), messages.Count);
        }

        await using var session = hostA.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var ratings = await session.Query<ServiceRating>().ToListAsync();
        Assert.Equal(10, ratings.Count);
        Assert.All(ratings, r => Assert.Equal(5, r.Score));
    }

    private static string Text(JsonElement activity) => activity.GetProperty("text").GetString() ?? "";
}
