using System.Diagnostics;
using System.Globalization;

namespace Senate.ChatBot.Bench;

/// <summary>Committed PostgreSQL transactions of the bench database and Redis commands run, at one moment.</summary>
internal sealed record StoreSnapshot(long PostgresCommits, long RedisCommands);

/// <summary>
/// The bench's own database (and Redis database number) on the services of script/services, reached
/// through psql and redis-cli, the tools script/services already needs. Counts come from
/// pg_stat_database and INFO commandstats. Busy PostgreSQL sessions publish their counts about once a second,
/// so a phase's delta is good to a second of load at each end. Redis counts are server-wide: other
/// clients of the same Redis add to them; the bench's own INFO calls are left out.
/// </summary>
internal sealed class Stores(BenchSettings settings)
{
    /// <summary>Dialog state and Direct Line conversations of the bench stay out of the developer's database 0.</summary>
    public const int RedisDatabase = 9;

    /// <summary>A fresh start: the database exists, the bench schema and Redis database are empty.</summary>
    public async Task ResetAsync()
    {
        if (await PsqlAsync($"select count(*) from pg_database where datname = '{BenchSettings.Database}'", "postgres") == "0")
        {
            await PsqlAsync($"create database {BenchSettings.Database}", "postgres");
        }

        await PsqlAsync($"drop schema if exists {BenchSettings.Schema} cascade");
        await RedisCliAsync("-n", RedisDatabase.ToString(CultureInfo.InvariantCulture), "flushdb");
    }

    /// <summary>Forgets the stored webhook events, so a later phase does not work off the ingest backlog.</summary>
    public Task ClearInboxAsync() => PsqlAsync($"truncate {BenchSettings.Schema}.line_inbox");

    public async Task<long> InboxCountAsync() =>
        long.Parse(await PsqlAsync($"select count(*) from {BenchSettings.Schema}.line_inbox"), CultureInfo.InvariantCulture);

    public async Task<StoreSnapshot> SnapshotAsync()
    {
        var commits = long.Parse(await PsqlAsync(
            $"select xact_commit from pg_stat_database where datname = '{BenchSettings.Database}'"), CultureInfo.InvariantCulture);
        var redis = 0L;
        foreach (var line in (await RedisCliAsync("info", "commandstats")).Split('\n'))
        {
            // cmdstat_get:calls=12,usec=34,...
            if (line.StartsWith("cmdstat_", StringComparison.Ordinal) && !line.StartsWith("cmdstat_info:", StringComparison.Ordinal))
            {
                var calls = line[(line.IndexOf("calls=", StringComparison.Ordinal) + 6)..];
                redis += long.Parse(calls[..calls.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            }
        }

        return new StoreSnapshot(commits, redis);
    }

    /// <summary>Runs one SQL statement in the bench database and returns its single value as text.</summary>
    public Task<string> PsqlAsync(string sql, string database = BenchSettings.Database) =>
        RunAsync("psql", ["-h", "127.0.0.1", "-p", settings.PostgresPort.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", database, "-tAqc", sql]);

    private Task<string> RedisCliAsync(params string[] arguments) =>
        RunAsync("redis-cli", ["-h", "127.0.0.1", "-p", settings.RedisPort.ToString(CultureInfo.InvariantCulture), .. arguments]);

    private static async Task<string> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(patience.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {(await error).Trim()}");
        }

        return (await output).Trim();
    }
}
