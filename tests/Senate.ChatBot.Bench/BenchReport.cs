using System.Globalization;
using System.Text.Json;

namespace Senate.ChatBot.Bench;

/// <summary>The figures of one host count (1, or 2 behind a round-robin client).</summary>
internal sealed record RunResult(int Hosts, IngestResult Ingest, LineTurnResult Line, WebChatResult WebChat)
{
    public double PeakRssMb => new[] { Ingest.Usage, Line.Usage, WebChat.Usage }.Max(u => u.PeakRssMb);
}

internal sealed record TargetCheck(string Target, int Hosts, string Measured, bool Met);

/// <summary>Everything a run measured, as printed and as written to the JSON file.</summary>
internal sealed record BenchReport(
    string Command, DateTimeOffset Finished, double Seconds, bool Quick, int Cores, string LoadBefore, string LoadAfter, IReadOnlyList<RunResult> Runs)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public IReadOnlyList<TargetCheck> Targets => [.. Runs.SelectMany(r => new[]
    {
        new TargetCheck("webhook events stored/s with p99 ack < 100 ms >= 2000", r.Hosts, F(r.Ingest.SustainedEventsPerSecond), r.Ingest.SustainedEventsPerSecond >= 2000),
        new TargetCheck("LINE turn p95 < 150 ms", r.Hosts, F(r.Line.Latency.P95) + " ms", r.Line.Latency.Count > 0 && r.Line.Latency.P95 < 150),
        new TargetCheck($"Web Chat reply p95 < 200 ms at {F(r.WebChat.Connections)} connections", r.Hosts, F(r.WebChat.Latency.P95) + " ms",
            r.WebChat.Latency.Count > 0 && r.WebChat.Latency.P95 < 200),
        new TargetCheck("host RSS < 400 MB", r.Hosts, F(r.PeakRssMb) + " MB", r.PeakRssMb < 400),
        new TargetCheck("nothing lost, no duplicate answers, order kept", r.Hosts,
            $"lost {r.Line.Lost + r.WebChat.Lost}, duplicates {r.Line.Duplicates}, out of order {r.Line.OrderViolations}",
            r.Line.Lost + r.WebChat.Lost + r.Line.Duplicates + r.Line.OrderViolations + r.Line.Errors + r.WebChat.Errors == 0),
    })];

    public async Task SaveAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { report = this, targets = Targets }, Json);
    }

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Senate ChatBot benchmark ({(Quick ? "quick" : "full")}, {F(Seconds)} s, {Cores} cores shared by hosts, PostgreSQL, Redis and load generator)");
        output.WriteLine($"Load average (1/5/15 min) before: {LoadBefore}; after: {LoadAfter}");
        Row(output, "", Runs.Select(r => r.Hosts == 1 ? "1 host" : $"{r.Hosts} hosts"));
        Row(output, "Webhook events/s sustained (p99 < 100 ms)", Runs.Select(r => F(r.Ingest.SustainedEventsPerSecond)));
        foreach (var rate in Runs.SelectMany(r => r.Ingest.Steps.Select(s => s.Offered)).Distinct().Order())
        {
            Row(output, $"  at {F(rate)}/s: ack/s, p50/p95/p99 ms", Runs.Select(r => r.Ingest.Steps.FirstOrDefault(s => s.Offered == rate) is { } s
                ? $"{F(s.Acknowledged)}, {P(s.Ack)}" + (s.Failures + s.NotSent > 0 ? $" ({F(s.Failures + s.NotSent)} failed)" : "")
                : "-"));
        }

        Row(output, $"LINE turn p50/p95/p99 ms ({F(Runs[0].Line.Users)} users)", Runs.Select(r => P(r.Line.Latency)));
        Row(output, "  turns, lost, duplicates, out of order", Runs.Select(r => $"{F(r.Line.Turns)}, {F(r.Line.Lost)}, {F(r.Line.Duplicates)}, {F(r.Line.OrderViolations)}"));
        Row(output, $"Web Chat reply p50/p95/p99 ms", Runs.Select(r => P(r.WebChat.Latency)));
        Row(output, "  sockets open (of), messages, lost", Runs.Select(r => $"{F(r.WebChat.OpenAtEnd)} ({F(r.WebChat.Connections)}), {F(r.WebChat.Messages)}, {F(r.WebChat.Lost)}"));
        Row(output, "Host peak RSS MB: ingest / LINE / Web Chat", Runs.Select(r => $"{F(r.Ingest.Usage.PeakRssMb)} / {F(r.Line.Usage.PeakRssMb)} / {F(r.WebChat.Usage.PeakRssMb)}"));
        Row(output, "Host CPU % of a core: ingest / LINE / Web Chat", Runs.Select(r => $"{F(r.Ingest.Usage.CpuPercent)} / {F(r.Line.Usage.CpuPercent)} / {F(r.WebChat.Usage.CpuPercent)}"));
        Row(output, "PostgreSQL commits per turn: LINE / Web Chat", Runs.Select(r => $"{F(r.Line.PostgresCommitsPerTurn)} / {F(r.WebChat.PostgresCommitsPerTurn)}"));
        Row(output, "Redis commands per turn: LINE / Web Chat", Runs.Select(r => $"{F(r.Line.RedisCommandsPerTurn)} / {F(r.WebChat.RedisCommandsPerTurn)}"));
        output.WriteLine();
        foreach (var target in Targets)
        {
            output.WriteLine($"{(target.Met ? "met   " : "MISSED")}  {target.Target} ({target.Hosts} host{(target.Hosts == 1 ? "" : "s")}): {target.Measured}");
        }
    }

    /// <summary>Other work on the machine shares its two cores: the load average says how much.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static void Row(TextWriter output, string label, IEnumerable<string> values) =>
        output.WriteLine($"{label,-48}" + string.Concat(values.Select(v => $"  {v,-30}")).TrimEnd());

    private static string P(LatencySummary s) => s.Count == 0 ? "-" : $"{F(s.P50)} / {F(s.P95)} / {F(s.P99)}";

    private static string F(double value) => value.ToString(value >= 100 ? "#,0" : "0.#", CultureInfo.InvariantCulture);
}
