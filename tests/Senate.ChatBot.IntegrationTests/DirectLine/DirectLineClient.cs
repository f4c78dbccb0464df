using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Senate.ChatBot.IntegrationTests.DirectLine;

/// <summary>What Web Chat does over Direct Line 3.0, as a test client bound to one conversation.</summary>
public sealed class DirectLineClient
{
    private DirectLineClient(string conversationId, string token)
    {
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }

    public string Token { get; }

    /// <summary>Gets a token from the website endpoint and starts the conversation with it.</summary>
    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        var issued = await (await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        var client = new DirectLineClient(issued.GetProperty("conversationId").GetString()!, issued.GetProperty("token").GetString()!);
        using var start = client.Request(HttpMethod.Post, "/v3/directline/conversations");
        (await http.SendAsync(start)).EnsureSuccessStatusCode();
        return client;
    }

    public async Task<string> SendAsync(HttpClient http, string text, string? clientActivityId = null)
    {
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities");
        post.Content = JsonContent.Create(new
        {
            type = "message",
            text,
            from = new { id = "web-user", role = "user" },
            locale = "th-TH",
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        });
        var response = await http.SendAsync(post);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<(List<JsonElement> Activities, string Watermark)> ReadAsync(HttpClient http, string? watermark = null)
    {
        using var get = Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities" + (watermark is null ? "" : $"?watermark={watermark}"));
        var response = await http.SendAsync(get);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. body.GetProperty("activities").EnumerateArray()], body.GetProperty("watermark").GetString()!);
    }

    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }
}
