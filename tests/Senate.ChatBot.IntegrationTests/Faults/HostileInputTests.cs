using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.IntegrationTests.DirectLine;
using Senate.ChatBot.IntegrationTests.Line;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Faults;

/// <summary>
/// A seeded corpus of malformed, oversized and hostile payloads against the LINE webhook (correctly
/// signed, so they reach the parser) and Direct Line. No request may get a 500, and the bot must still
/// answer a normal message afterwards.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly HttpStatusCode[] Acceptable =
        [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.Unauthorized];

    private static readonly string[] HostileTexts =
    [
        "'; DROP TABLE line_inbox; --", "<script>alert(1)</script>", "\u0000\u0001\u0002", "😀👍🏽‍♂️", "๑๒๓๔๕",
        "\uD800", new string('ก', 20_000), "{{7*7}}", "../../etc/passwd", "%00%0d%0a", "",
    ];

    [Fact]
    public async Task The_webhook_survives_a_hostile_corpus_and_still_answers_a_person()
    {
        await using var host = await LineHost.StartAsync();
        var random = new Random(20261126);
        var statuses = new List<HttpStatusCode>();
        foreach (var body in WebhookCorpus(random))
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            using var response = await host.Fake.SendRawAsync(bytes, LineSigner.Sign(TestSettings.LineChannelSecret, bytes));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Contains(s, Acceptable));
        var user = host.NewFriend();
        await host.SendOkAsync(LineEvents.Text(LineEvents.UserSource(user), "สวัสดีครับ", host.Fake.NewReplyToken(user), DateTimeOffset.UtcNow));
        await LineHost.EventuallyAsync(() => Task.FromResult(host.Fake.State.MessagesTo(user).Count > 0), "a welcome after the corpus");
    }

    [Fact]
    public async Task Direct_line_survives_a_hostile_corpus_and_still_answers_a_person()
    {
        await using var host = new SenateHostFactory();
        var http = host.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        var statuses = new List<HttpStatusCode>();
        foreach (var body in ActivityCorpus(new Random(20261127)))
        {
            using var post = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
            post.Content = new StringContent(body, Encoding.UTF8, "application/json");
            statuses.Add((await http.SendAsync(post)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Contains(s, Acceptable));
        var sent = await client.SendAsync(http, "ช่วยเหลือ");
        var (activities, _) = await client.ReadAsync(http);
        Assert.Contains(activities, a => a.TryGetProperty("replyToId", out var r) && r.GetString() == sent
            && a.GetProperty("type").GetString() == "message");
    }

    private static IEnumerable<string> WebhookCorpus(Random random)
    {
        yield return "";
        yield return "null";
        yield return new string('[', 5_000) + new string(']', 5_000);
        yield return "{\"events\":" + new string('[', 200) + new string(']', 200) + "}";
        yield return "{\"destination\":1,\"events\":{}}";
        foreach (var text in HostileTexts)
        {
            var source = LineEvents.UserSource("U" + random.Next().ToString("x32", System.Globalization.CultureInfo.InvariantCulture));
            var e = LineEvents.Text(source, text, "token" + random.Next(), DateTimeOffset.UtcNow);
            yield return new JsonObject { ["destination"] = "Ufake", ["events"] = new JsonArray(e.DeepClone()) }.ToJsonString();
            e["type"] = text;
            yield return new JsonObject { ["destination"] = "Ufake", ["events"] = new JsonArray(e) }.ToJsonString();
        }

        for (var i = 0; i < 60; i++)
        {
            var bytes = new byte[random.Next(1, 2_000)];
            random.NextBytes(bytes);
            yield return Encoding.UTF8.GetString(bytes);
        }
    }

    private static IEnumerable<string> ActivityCorpus(Random random)
    {
        yield return "";
        yield return "{}";
        yield return new string('{', 3_000);
        yield return "{\"type\":\"message\",\"text\":" + new string('[', 300) + new string(']', 300) + "}";
        yield return "{\"type\":\"message\",\"attachments\":\"x\",\"suggestedActions\":7}";
        yield return "{\"type\":\"invoke\",\"name\":\"x\",\"value\":{\"a\":[1,2,{}]}}";
        yield return "{\"type\":\"unknownType\",\"text\":\"ทดสอบ\"}";
        foreach (var text in HostileTexts)
        {
            yield return new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = text }.ToJsonString();
        }

        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(1, 1_000)];
            random.NextBytes(bytes);
            yield return Encoding.UTF8.GetString(bytes);
        }
    }
}
