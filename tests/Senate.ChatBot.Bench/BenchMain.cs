using Senate.ChatBot.FakeLine;

namespace Senate.ChatBot.Bench;

/// <summary>
/// script/bench: measures webhook ingest, LINE turns and Web Chat on one host and on two behind a
/// round-robin client, prints a table and writes the figures as JSON. Loopback only; every phase is
/// bounded in requests and time.
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        var settings = BenchSettings.Parse(args);
        if (!File.Exists(settings.HostDll))
        {
            await Console.Error.WriteLineAsync($"The host is not built: {settings.HostDll} (script/bench builds it).");
            return 2;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(settings.Output)!);
        if (args.Contains("--desk"))
        {
            return await Desk.DeskBench.RunAsync(settings);
        }

        var loadBefore = BenchReport.LoadAverage();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stores = new Stores(settings);
        using var http = Webhooks.NewClient();
        var runs = new List<RunResult>();
        foreach (var hosts in settings.HostCounts)
        {
            Console.WriteLine($"== {hosts} host{(hosts == 1 ? "" : "s")}");
            runs.Add(await RunAsync(settings, stores, http, hosts));
        }

        var report = new BenchReport(Environment.GetEnvironmentVariable("BENCH_COMMAND") ?? string.Join(' ', args), DateTimeOffset.UtcNow, Math.Round(clock.Elapsed.TotalSeconds),
            settings.Quick, Environment.ProcessorCount, loadBefore, BenchReport.LoadAverage(), runs);
        report.Print(Console.Out);
        await report.SaveAsync(settings.Output);
        Console.WriteLine($"\nFigures written to {settings.Output}");
        // Speed depends on the machine; losing, repeating or reordering answers never does, so only that fails the run.
        return report.Targets.Any(t => t.Target.StartsWith("nothing lost", StringComparison.Ordinal) && !t.Met) ? 1 : 0;
    }

    private static async Task<RunResult> RunAsync(BenchSettings settings, Stores stores, HttpClient http, int hostCount)
    {
        await stores.ResetAsync();
        await using var fake = await FakeLinePlatform.StartAsync(new FakeLineOptions
        {
            ChannelSecret = HostCluster.ChannelSecret,
            ChannelAccessToken = HostCluster.ChannelAccessToken,
        });

        IngestResult ingest;
        await using (var storing = await HostCluster.StartAsync(settings, fake, hostCount, processLineEvents: false))
        {
            ingest = await IngestPhase.RunAsync(settings, storing, stores, http);
        }

        await stores.ClearInboxAsync();
        await using var cluster = await HostCluster.StartAsync(settings, fake, hostCount, processLineEvents: true);
        var line = await LineTurnPhase.RunAsync(settings, cluster, stores, http, fake);
        Console.WriteLine($"  LINE turns: {line.Turns}, p95 {line.Latency.P95} ms");
        var webChat = await WebChatPhase.RunAsync(settings, cluster, stores, http);
        Console.WriteLine($"  web chat messages: {webChat.Messages}, p95 {webChat.Latency.P95} ms");
        if (fake.State.Violations.Count > 0)
        {
            Console.WriteLine("  the hosts sent requests that break LINE's schema or limits: " + string.Join("; ", fake.State.Violations.Take(3)));
        }

        return new RunResult(hostCount, ingest, line, webChat);
    }
}
