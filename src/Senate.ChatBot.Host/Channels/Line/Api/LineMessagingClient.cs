using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Senate.ChatBot.Host.Channels.Line.Api;

/// <summary>
/// The parts of the LINE Messaging API the bot uses. Retries with backoff on 429 and 5xx come from
/// the resilience handler around this client (see <see cref="LineApiSetup"/>); the push retry key
/// is a request header, so every retry carries the same one.
/// </summary>
internal sealed class LineMessagingClient(HttpClient http, IOptions<LineOptions> options)
{
    public const string RetryKeyHeader = "X-Line-Retry-Key";

    /// <summary>Sends with the reply token; false when LINE says the token is used up or expired.</summary>
    public async Task<bool> ReplyAsync(string replyToken, IReadOnlyList<JsonNode> messages, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["replyToken"] = replyToken, ["messages"] = Array(messages) };
        using var response = await http.PostAsJsonAsync("v2/bot/message/reply", body, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest && await IsReplyTokenErrorAsync(response, cancellationToken))
        {
            return false;
        }

        Ensure(response, "reply");
        return true;
    }

    /// <summary>Pushes; a 409 means LINE already accepted a request with this retry key, which is success.</summary>
    public async Task PushAsync(string to, IReadOnlyList<JsonNode> messages, Guid retryKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v2/bot/message/push")
        {
            Content = JsonContent.Create(new JsonObject { ["to"] = to, ["messages"] = Array(messages) }),
        };
        request.Headers.Add(RetryKeyHeader, retryKey.ToString("D"));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            Ensure(response, "push");
        }
    }

    /// <summary>Shows "…" in a one-to-one chat until the next message or the given seconds (5–60, a multiple of 5).</summary>
    public async Task ShowLoadingAsync(string userId, int seconds, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("v2/bot/chat/loading/start",
            new JsonObject { ["chatId"] = userId, ["loadingSeconds"] = seconds }, cancellationToken);
        Ensure(response, "loading");
    }

    /// <summary>The user's display name and language; null for someone who is not (or no longer) a friend.</summary>
    public async Task<LineProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"v2/bot/profile/{Uri.EscapeDataString(userId)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Ensure(response, "profile");
        return await response.Content.ReadFromJsonAsync<LineProfile>(cancellationToken);
    }

    public async Task<string> IssueLinkTokenAsync(string userId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync($"v2/bot/user/{Uri.EscapeDataString(userId)}/linkToken", null, cancellationToken);
        Ensure(response, "linkToken");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("linkToken").GetString()!;
    }

    public async Task<string> CreateRichMenuAsync(JsonObject richMenu, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("v2/bot/richmenu", richMenu, cancellationToken);
        Ensure(response, "richmenu");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("richMenuId").GetString()!;
    }

    /// <summary>Images go to the data API host, not the API host.</summary>
    public async Task UploadRichMenuImageAsync(string richMenuId, byte[] png, CancellationToken cancellationToken)
    {
        var address = DataApi($"v2/bot/richmenu/{Uri.EscapeDataString(richMenuId)}/content");
        using var content = new ByteArrayContent(png);
        content.Headers.ContentType = new("image/png");
        using var response = await http.PostAsync(address, content, cancellationToken);
        Ensure(response, "richmenu content");
    }

    public async Task LinkRichMenuAsync(string userId, string richMenuId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(
            $"v2/bot/user/{Uri.EscapeDataString(userId)}/richmenu/{Uri.EscapeDataString(richMenuId)}", null, cancellationToken);
        Ensure(response, "link richmenu");
    }

    /// <summary>
    /// The photo, video, audio or file of a user's message, from the data API host; null when it is larger
    /// than <paramref name="maxBytes"/>, in which case no more than the limit is read.
    /// </summary>
    public async Task<LineContent?> GetContentAsync(string messageId, long maxBytes, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(
            DataApi($"v2/bot/message/{Uri.EscapeDataString(messageId)}/content"), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Ensure(response, "content");
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // A body without Content-Length may still be too large; stop as soon as it is.
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return new LineContent(buffer.ToArray(), response.Content.Headers.ContentType?.MediaType);
    }

    private Uri DataApi(string path) => new($"{options.Value.DataApiBaseUrl.TrimEnd('/')}/{path}");

    private static JsonArray Array(IReadOnlyList<JsonNode> messages) => [.. messages.Select(m => m.DeepClone())];

    private static async Task<bool> IsReplyTokenErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Contains("reply token", StringComparison.OrdinalIgnoreCase);
    }

    private static void Ensure(HttpResponseMessage response, string operation)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new LineApiException((int)response.StatusCode, operation);
        }
    }
}
