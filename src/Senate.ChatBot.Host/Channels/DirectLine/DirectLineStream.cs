using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>
/// The WebSocket behind streamUrl: ActivitySet frames ({activities, watermark}) as activities arrive,
/// an empty frame as keep-alive, nothing read from the client but its close.
/// </summary>
internal sealed class DirectLineStream(DirectLineConversationStore store, DirectLineFanOut fanOut, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public async Task RunAsync(WebSocket socket, string conversationId, int watermark, CancellationToken aborted)
    {
        using var wakeUp = new SemaphoreSlim(0);
        using var watch = fanOut.Watch(conversationId, () => wakeUp.Release());
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var receiving = DrainUntilCloseAsync(socket, closed);

        try
        {
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var (activities, next) = await store.ReadAsync(conversationId, watermark);
                if (activities.Count > 0)
                {
                    watermark = next;
                    var frame = new ActivitySet(activities, watermark.ToString(CultureInfo.InvariantCulture));
                    await SendAsync(socket, JsonSerializer.SerializeToUtf8Bytes(frame, JsonSerializerOptions.Web), closed.Token);
                }

                using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.KeepAliveSeconds), time);
                using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(closed.Token, quiet.Token);
                try
                {
                    await wakeUp.WaitAsync(keepAlive.Token);
                }
                catch (OperationCanceledException) when (!closed.IsCancellationRequested)
                {
                    await SendAsync(socket, [], closed.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser went away; it reconnects with its watermark and misses nothing.
        }
        finally
        {
            await closed.CancelAsync();
            await receiving;
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
    }

    private static Task SendAsync(WebSocket socket, byte[] frame, CancellationToken cancellationToken) =>
        socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task DrainUntilCloseAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing either way.
        }

        await closed.CancelAsync();
    }
}
