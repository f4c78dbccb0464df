using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.DirectLine;

public sealed class FanOutTests
{
    [Fact]
    public async Task A_browser_streaming_from_host_A_hears_the_reply_produced_on_host_B()
    {
        await using var hostA = new SenateHostFactory();
        await using var hostB = new SenateHostFactory(new Dictionary<string, string?> { ["Marten:Schema"] = hostA.Schema });
        var httpB = hostB.CreateClient();
        var client = await DirectLineClient.StartAsync(hostA.CreateClient());
        var (_, watermark) = await client.ReadAsync(httpB);

        var ws = hostA.Server.CreateWebSocketClient();
        using var socket = await ws.ConnectAsync(
            new Uri(hostA.Server.BaseAddress, $"v3/directline/conversations/{client.ConversationId}/stream?watermark={watermark}&t={Uri.EscapeDataString(client.Token)}"),
            CancellationToken.None);
        var sentId = await client.SendAsync(httpB, "ช่วยเหลือ");

        var received = new List<JsonElement>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!received.Any(a => a.GetProperty("type").GetString() == "message" && a.TryGetProperty("replyToId", out var r) && r.GetString() == sentId))
        {
            received.AddRange(await NextActivitySetAsync(socket, patience.Token));
        }

        Assert.Equal(sentId, received[0].GetProperty("id").GetString());
        Assert.Contains(received, a => a.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("วิธีใช้", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_website_token_address_is_rate_limited_per_client()
    {
        await using var host = new SenateHostFactory(new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "3" });
        var http = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await DirectLineAccessTests.AssertProblemAsync(await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null), HttpStatusCode.TooManyRequests);
    }

    private static async Task<IEnumerable<JsonElement>> NextActivitySetAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            frame.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        // Empty frames are keep-alives.
        return frame.Length == 0
            ? []
            : JsonDocument.Parse(Encoding.UTF8.GetString(frame.ToArray())).RootElement.GetProperty("activities").EnumerateArray().ToList();
    }
}
