using System.Diagnostics;
using System.Net;
using Senate.ChatBot.FakeLine;

namespace Senate.ChatBot.Bench;

/// <summary>One offered rate: what the hosts acknowledged and stored, and how fast they answered.</summary>
internal sealed record IngestStep(
    int Offered, double Acknowledged, double Stored, int Sent, int Ok, long StoredEvents, int Failures, int NotSent, LatencySummary Ack)
{
    /// <summary>Kept up with the offered rate, answered every request, and within LINE-friendly time.</summary>
    public bool Sustained => Failures == 0 && NotSent == 0 && Acknowledged >= 0.95 * Offered && Ack.P99 < 100;

    public bool Saturated => Failures > 0 || NotSent > 0 || Acknowledged < 0.9 * Offered || Ack.P99 > 1000;
}

internal sealed record IngestResult(IReadOnlyList<IngestStep> Steps, PhaseUsage Usage)
{
    /// <summary>The highest offered rate the hosts sustained (every event stored, p99 under 100 ms).</summary>
    public int SustainedEventsPerSecond => Steps.Where(s => s.Sustained).Select(s => s.Offered).DefaultIfEmpty(0).Max();
}

/// <summary>
/// Signed webhooks (one event each, as LINE mostly sends them) at a fixed rate per step, open loop:
/// requests go out on schedule whether or not earlier ones were answered, so a slow host shows as
/// latency rather than as a politely slower generator. Bodies are signed before the clock starts.
/// The hosts store but do not work the events during this phase (Line__ProcessEvents=false): the
/// inbox exists to absorb bursts the bot works off afterwards.
/// </summary>
internal static class IngestPhase
{
    private const int MaxInFlight = 1000;

    public static async Task<IngestResult> RunAsync(BenchSettings settings, HostCluster cluster, Stores stores, HttpClient http)
    {
        await SendStepAsync(cluster, stores, http, 200, TimeSpan.FromSeconds(1)); // warm-up, not reported
        await using var meter = await PhaseMeter.StartAsync(cluster, stores);
        var steps = new List<IngestStep>();
        foreach (var rate in settings.IngestRates)
        {
            var step = await SendStepAsync(cluster, stores, http, rate, settings.IngestStep);
            steps.Add(step);
            Console.WriteLine($"  ingest {rate,5}/s offered: {step.Acknowledged,7:0} acknowledged/s, p99 {step.Ack.P99} ms, failures {step.Failures}");
            if (step.Saturated)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1)); // let the hosts settle between steps
        }

        return new IngestResult(steps, await meter.FinishAsync());
    }

    private static async Task<IngestStep> SendStepAsync(HostCluster cluster, Stores stores, HttpClient http, int rate, TimeSpan duration)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var users = Enumerable.Range(0, 1000).Select(_ => LineEvents.NewUserId()).ToArray();
        var requests = Enumerable.Range(0, total)
            .Select(i => Webhooks.Sign(LineEvents.Text(LineEvents.UserSource(users[i % users.Length]), "ตารางประชุมวันนี้", null, DateTimeOffset.UtcNow)))
            .ToArray();
        var storedBefore = await stores.InboxCountAsync();
        var latencies = new Latencies();
        var ok = 0;
        var failures = 0;
        var notSent = 0;
        var inFlight = 0;
        var sends = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due - clock.Elapsed is { TotalMilliseconds: >= 1 } ahead)
            {
                await Task.Delay(ahead);
            }

            if (Volatile.Read(ref inFlight) >= MaxInFlight)
            {
                notSent++;
                continue;
            }

            Interlocked.Increment(ref inFlight);
            var (body, signature) = requests[i];
            var host = cluster.Next();
            sends.Add(Task.Run(async () =>
            {
                var started = clock.Elapsed;
                var status = await Webhooks.PostAsync(http, host, body, signature);
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                Interlocked.Increment(ref (status == HttpStatusCode.OK ? ref ok : ref failures));
                Interlocked.Decrement(ref inFlight);
            }));
        }

        await Task.WhenAll(sends);
        var seconds = clock.Elapsed.TotalSeconds;
        var stored = await stores.InboxCountAsync() - storedBefore;
        return new IngestStep(rate, Math.Round(ok / seconds), Math.Round(stored / seconds), sends.Count, ok, stored, failures, notSent, latencies.Summarize());
    }
}
