using System.Net;
using Senate.ChatBot.FakeLine;

namespace Senate.ChatBot.Bench;

internal sealed record LineTurnResult(
    int Users, int Turns, int Lost, int Errors, LatencySummary Latency, int OrderChecked, int OrderViolations, int Duplicates,
    double PostgresCommitsPerTurn, double RedisCommandsPerTurn, PhaseUsage Usage);

/// <summary>
/// LINE users chatting: each sends a message (with a reply token from the fake), waits for the
/// answer, reads it for 1–3 seconds and writes again. Latency runs from the webhook request to the
/// moment the fake LINE platform receives the reply. Afterwards some users send three messages back
/// to back, alternating hosts, to check that answers come in the order of the questions.
/// </summary>
internal static class LineTurnPhase
{
    private static readonly string[] Script = ["สวัสดีค่ะ", "ช่วยเหลือ", "ประชุมกรรมาธิการวันพรุ่งนี้", "ขอบคุณค่ะ", "ร้องเรียนเรื่องถนน", "help"];

    public static async Task<LineTurnResult> RunAsync(BenchSettings settings, HostCluster cluster, Stores stores, HttpClient http, FakeLinePlatform fake)
    {
        await using var watcher = new LineReplyWatcher(fake);
        var users = Enumerable.Range(0, settings.LineUsers).Select(_ => LineEvents.NewUserId()).ToArray();
        var latencies = new Latencies();
        var counts = new int[3]; // turns, lost, errors
        await using var meter = await PhaseMeter.StartAsync(cluster, stores);
        var started = DateTimeOffset.UtcNow;
        var measureFrom = started + settings.WarmUp;
        var end = started + settings.TurnPhase;
        await Task.WhenAll(users.Select(async (user, u) =>
        {
            await Think.PauseAsync((0, BenchSettings.LineThinkSeconds.Max), end);
            for (var turn = 0; DateTimeOffset.UtcNow < end; turn++)
            {
                var sentAt = DateTimeOffset.UtcNow;
                var latency = await Send(cluster.At(u + turn), http, fake, watcher, user, Script[(u + turn) % Script.Length], counts).Replied;
                if (latency is { } ms && sentAt >= measureFrom)
                {
                    latencies.Add(ms);
                }

                await Think.PauseAsync(BenchSettings.LineThinkSeconds, end);
            }
        }));

        var ordered = users.Take(Math.Min(50, users.Length)).ToArray();
        await Task.WhenAll(ordered.Select(async (user, u) =>
        {
            var replies = new List<Task<double?>>();
            for (var i = 0; i < 3; i++)
            {
                // LINE sends one user's events one after another: each is acknowledged before the next goes.
                var (acknowledged, replied) = Send(cluster.At(u + i), http, fake, watcher, user, Script[i], counts);
                replies.Add(replied);
                await acknowledged;
            }

            await Task.WhenAll(replies);
        }));

        var usage = await meter.FinishAsync();
        var turns = Volatile.Read(ref counts[0]);
        return new LineTurnResult(users.Length, turns, counts[1], counts[2], latencies.Summarize(), ordered.Length * 3,
            watcher.OrderViolations, watcher.Duplicates, usage.PostgresPer(turns), usage.RedisPer(turns), usage);
    }

    /// <summary>
    /// Sends one message. The first task ends with the webhook's answer; the second with the milliseconds from
    /// sending to the fake receiving the reply, or null when the reply was lost or the webhook refused.
    /// </summary>
    private static (Task<HttpStatusCode?> Acknowledged, Task<double?> Replied) Send(
        Uri host, HttpClient http, FakeLinePlatform fake, LineReplyWatcher watcher, string user, string text, int[] counts)
    {
        var e = fake.UserText(user, text);
        var replied = watcher.Expect(user, (string)e["replyToken"]!);
        var (body, signature) = Webhooks.Sign(e);
        var sentAt = DateTimeOffset.UtcNow;
        var posting = Webhooks.PostAsync(http, host, body, signature);
        return (posting, WaitAsync());

        async Task<double?> WaitAsync()
        {
            try
            {
                var at = await replied.WaitAsync(BenchSettings.ReplyPatience);
                Interlocked.Increment(ref counts[0]);
                return await posting == HttpStatusCode.OK ? (at - sentAt).TotalMilliseconds : null;
            }
            catch (TimeoutException)
            {
                Interlocked.Increment(ref counts[await posting == HttpStatusCode.OK ? 1 : 2]);
                return null;
            }
        }
    }
}
