using System.Diagnostics;
using System.Text.Json;
using Senate.ChatBot.FakeLine;

namespace Senate.ChatBot.Bench.Desk;

/// <summary>
/// script/bench-desk: the complaint desk's inbox over a register of 10,000 complaints. One host in
/// Production; an officer signed in over HTTP asks for the inbox pages one after the other, and the
/// time is measured from request to the last byte of the rendered page.
/// </summary>
internal static class DeskBench
{
    public const int Complaints = 10_000;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly (string Name, string Path, bool ListOnly)[] Pages =
    [
        ("inbox, first page", "/desk", false),
        ("overdue view", "/desk?view=Overdue", false),
        ("Thai search", "/desk?q=" + Uri.EscapeDataString("ลิฟต์"), false),
        ("page 20", "/desk?p=20", false),
        ("live refresh (list only)", "/desk", true),
    ];

    public static async Task<int> RunAsync(BenchSettings settings)
    {
        var stores = new Stores(settings);
        await stores.ResetAsync();
        await using var fake = await FakeLinePlatform.StartAsync(new FakeLineOptions
        {
            ChannelSecret = HostCluster.ChannelSecret,
            ChannelAccessToken = HostCluster.ChannelAccessToken,
        });
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        await using var cluster = await HostCluster.StartAsync(settings, fake, 1, processLineEvents: false, new Dictionary<string, string>
        {
            ["Desk__AdminUser"] = "bench.admin",
            ["Desk__AdminPassword"] = password,
        });

        var seeding = Stopwatch.StartNew();
        await DeskSeed.FileAsync(HostCluster.PostgresConnection(settings), Complaints);
        Console.WriteLine($"  filed {Complaints:N0} complaints in {seeding.Elapsed.TotalSeconds:F0} s");

        using var officer = await DeskSession.SignInAsync(cluster.At(0), "bench.admin", password);
        var results = new List<object>();
        var failures = 0;
        Console.WriteLine($"\n{"page",-28}{"p50 ms",10}{"p95 ms",10}{"max ms",10}{"rows",8}{"KB",8}");
        foreach (var (name, path, listOnly) in Pages)
        {
            var latencies = new Latencies();
            var (rows, bytes) = (0, 0);
            for (var i = 0; i < settings.DeskWarmUp + settings.DeskRequests; i++)
            {
                var clock = Stopwatch.StartNew();
                var (ok, html) = await officer.GetAsync(path, listOnly);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                failures += ok ? 0 : 1;
                if (i >= settings.DeskWarmUp)
                {
                    latencies.Add(elapsed);
                }

                (rows, bytes) = (CountRows(html), html.Length);
            }

            var summary = latencies.Summarize();
            Console.WriteLine($"{name,-28}{summary.P50,10:F1}{summary.P95,10:F1}{summary.Max,10:F1}{rows,8}{bytes / 1024,8}");
            results.Add(new { page = name, path, listOnly, summary.Count, summary.P50, summary.P95, summary.Max, rows });
        }

        var output = Path.Combine(Path.GetDirectoryName(settings.Output)!, "desk.json");
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new
        {
            command = "script/bench-desk",
            at = DateTimeOffset.UtcNow,
            complaints = Complaints,
            processors = Environment.ProcessorCount,
            pages = results,
        }, Indented));
        Console.WriteLine($"\nTarget: first page under 200 ms at p95 over {Complaints:N0} complaints. Figures written to {output}");
        Console.WriteLine(failures == 0 ? "Every request answered 200 with the inbox." : $"{failures} requests failed.");
        return failures == 0 ? 0 : 1;
    }

    private static int CountRows(string html) => html.Split("<tr data-reference=", StringSplitOptions.None).Length - 1;
}
