namespace Senate.ChatBot.Bench;

internal sealed record WebChatResult(
    int Connections, int OpenAtEnd, int Messages, int Lost, int Errors, LatencySummary Latency, double StartSeconds,
    double PostgresCommitsPerTurn, double RedisCommandsPerTurn, PhaseUsage Usage);

/// <summary>
/// Many Web Chat users at once: every conversation keeps its WebSocket open on the host that
/// started it and posts to the hosts in turn (so with two hosts most replies cross Redis pub/sub),
/// with a pause between messages. Latency runs from the post to the reply arriving on the socket.
/// </summary>
internal static class WebChatPhase
{
    private static readonly string[] Script = ["สวัสดีค่ะ", "ช่วยเหลือ", "ค้นหาเอกสารงบประมาณ", "ขอบคุณค่ะ", "meetings this week"];

    public static async Task<WebChatResult> RunAsync(BenchSettings settings, HostCluster cluster, Stores stores, HttpClient http)
    {
        var conversations = new WebChatConversation?[settings.WebChatConnections];
        var errors = 0;
        var opening = System.Diagnostics.Stopwatch.StartNew();
        // Opened a few at a time: each start runs the welcome turn.
        await Parallel.ForAsync(0, conversations.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            try
            {
                conversations[i] = await WebChatConversation.StartAsync(http, cluster.At(i));
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.WebSockets.WebSocketException)
            {
                Interlocked.Increment(ref errors);
            }
        });
        var startSeconds = Math.Round(opening.Elapsed.TotalSeconds, 1);
        Console.WriteLine($"  web chat: {conversations.Count(c => c is not null)} conversations open after {startSeconds} s");

        var latencies = new Latencies();
        var counts = new int[2]; // messages, lost
        await using var meter = await PhaseMeter.StartAsync(cluster, stores);
        var started = DateTimeOffset.UtcNow;
        var measureFrom = started + settings.WarmUp;
        var end = started + settings.WebChatPhase;
        await Task.WhenAll(conversations.Select(async (conversation, c) =>
        {
            if (conversation is null)
            {
                return;
            }

            await Think.PauseAsync((0, settings.WebChatThinkSeconds.Max), end);
            for (var turn = 0; DateTimeOffset.UtcNow < end && conversation.IsOpen; turn++)
            {
                var sentAt = DateTimeOffset.UtcNow;
                try
                {
                    var latency = await conversation.SendAsync(http, cluster.At(c + turn + 1), Script[(c + turn) % Script.Length]);
                    Interlocked.Increment(ref counts[latency is null ? 1 : 0]);
                    if (latency is { } ms && sentAt >= measureFrom)
                    {
                        latencies.Add(ms);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                await Think.PauseAsync(settings.WebChatThinkSeconds, end);
            }
        }));

        var usage = await meter.FinishAsync();
        var open = conversations.Count(c => c?.IsOpen == true);
        foreach (var conversation in conversations)
        {
            if (conversation is not null)
            {
                await conversation.DisposeAsync();
            }
        }

        return new WebChatResult(conversations.Length, open, counts[0], counts[1], errors, latencies.Summarize(), startSeconds,
            usage.PostgresPer(counts[0]), usage.RedisPer(counts[0]), usage);
    }
}
