using System.Buffers;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace Senate.ChatBot.Bench;

/// <summary>
/// One Web Chat user over Direct Line 3.0: a conversation started with the secret (as the website's
/// server would get a token), its WebSocket stream open, and messages posted to any host. A reply is
/// the bot's activity whose replyToId is the echo of the posted message (found by clientActivityID).
/// </summary>
internal sealed class WebChatConversation : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Lock _gate = new();
    private readonly string _id;
    private readonly string _token;
    private Task _receiving = Task.CompletedTask;
    private (string ClientId, string? EchoId, TaskCompletionSource<DateTimeOffset> Reply)? _waiting;

    private WebChatConversation(string id, string token)
    {
        _id = id;
        _token = token;
    }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    public static async Task<WebChatConversation> StartAsync(HttpClient http, Uri host)
    {
        using var start = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "v3/directline/conversations"));
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HostCluster.DirectLineSecret);
        using var response = await http.SendAsync(start);
        response.EnsureSuccessStatusCode();
        var info = await response.Content.ReadFromJsonAsync<JsonElement>();
        var conversation = new WebChatConversation(info.GetProperty("conversationId").GetString()!, info.GetProperty("token").GetString()!);
        await conversation._socket.ConnectAsync(new Uri(info.GetProperty("streamUrl").GetString()!), CancellationToken.None);
        conversation._receiving = conversation.ReceiveAsync();
        return conversation;
    }

    /// <summary>Posts a message and waits for the bot's reply on the socket; milliseconds, or null when lost.</summary>
    public async Task<double?> SendAsync(HttpClient http, Uri host, string text)
    {
        var clientId = Guid.NewGuid().ToString("N");
        var reply = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting = (clientId, null, reply);
        }

        var sentAt = DateTimeOffset.UtcNow;
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(host, $"v3/directline/conversations/{_id}/activities"))
        {
            Content = JsonContent.Create(new
            {
                type = "message",
                text,
                from = new { id = "bench-user", role = "user" },
                locale = "th-TH",
                channelData = new { clientActivityID = clientId },
            }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await http.SendAsync(post);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Direct Line answered {(int)response.StatusCode}");
        }

        try
        {
            return (await reply.Task.WaitAsync(BenchSettings.ReplyPatience) - sentAt).TotalMilliseconds;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, patience.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _socket.Abort();
        await _receiving;
        _socket.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                    length += result.Count;
                }
                while (!result.EndOfMessage && length < buffer.Length);

                if (result.MessageType == WebSocketMessageType.Text && length > 0)
                {
                    Observe(buffer.AsMemory(0, length), DateTimeOffset.UtcNow);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Closed by the host or by the end of the phase; IsOpen tells which conversations stayed up.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Observe(ReadOnlyMemory<byte> frame, DateTimeOffset at)
    {
        using var set = JsonDocument.Parse(frame);
        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            lock (_gate)
            {
                if (_waiting is not { } waiting)
                {
                    return;
                }

                if (activity.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object &&
                    data.TryGetProperty("clientActivityID", out var clientId) && clientId.GetString() == waiting.ClientId)
                {
                    _waiting = waiting with { EchoId = activity.GetProperty("id").GetString() };
                }
                else if (waiting.EchoId is { } echo && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == echo)
                {
                    waiting.Reply.TrySetResult(at);
                    _waiting = null;
                }
            }
        }
    }
}
