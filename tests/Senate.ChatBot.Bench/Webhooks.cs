using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Senate.ChatBot.FakeLine;

namespace Senate.ChatBot.Bench;

/// <summary>Signed webhook requests as LINE sends them, posted to one of the hosts.</summary>
internal static class Webhooks
{
    public static readonly Uri Path = new("api/line/webhook", UriKind.Relative);

    public static (byte[] Body, string Signature) Sign(params JsonObject[] events)
    {
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["destination"] = FakeLinePlatform.Destination,
            ["events"] = new JsonArray([.. events.Select(e => (JsonNode)e.DeepClone())]),
        }.ToJsonString());
        return (body, LineSigner.Sign(HostCluster.ChannelSecret, body));
    }

    /// <summary>The status the host answered, or null when the request did not get an answer at all.</summary>
    public static async Task<HttpStatusCode?> PostAsync(HttpClient http, Uri host, byte[] body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, Path)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(LineSigner.Header, signature);
        try
        {
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>One client for the whole run: pooled connections, generous but bounded.</summary>
    public static HttpClient NewClient() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 256,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };
}
