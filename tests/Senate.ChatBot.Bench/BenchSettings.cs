using System.Globalization;

namespace Senate.ChatBot.Bench;

/// <summary>
/// What one run does. The full run takes a few minutes; --quick runs every phase briefly (under
/// a minute in all) so CI can keep the command working. Every count and duration is bounded here.
/// </summary>
internal sealed record BenchSettings
{
    public const string Database = "senate_chatbot_bench";
    public const string Schema = "bench";

    public bool Quick { get; init; }

    public required string HostDll { get; init; }

    public required string Output { get; init; }

    public int PostgresPort { get; init; } = 55432;

    public int RedisPort { get; init; } = 56379;

    /// <summary>Host counts to measure, one after the other (1 and 2: the same figures behind a round-robin client).</summary>
    public IReadOnlyList<int> HostCounts { get; init; } = [1, 2];

    /// <summary>Offered webhook events per second, rising until the host saturates.</summary>
    public IReadOnlyList<int> IngestRates => Quick ? [500, 2000] : [500, 1000, 2000, 3000, 4000, 6000];

    public TimeSpan IngestStep => Quick ? TimeSpan.FromSeconds(1.5) : TimeSpan.FromSeconds(6);

    public int LineUsers => Quick ? 100 : 200;

    public TimeSpan TurnPhase => Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(40);

    /// <summary>A person reads the answer and types the next message: 1 to 3 seconds between turns.</summary>
    public static (double Min, double Max) LineThinkSeconds => (1, 3);

    public int WebChatConnections => Quick ? 100 : 1000;

    public TimeSpan WebChatPhase => Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(40);

    /// <summary>1,000 open chats with a message every 5 to 15 seconds each: about 100 messages a second.</summary>
    public (double Min, double Max) WebChatThinkSeconds => Quick ? (1, 3) : (5, 15);

    /// <summary>Samples of the first seconds of a phase are left out (JIT, pools and caches warming up).</summary>
    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);

    /// <summary>A reply not seen by then counts as lost.</summary>
    public static TimeSpan ReplyPatience => TimeSpan.FromSeconds(15);

    /// <summary>script/bench-desk: inbox requests measured per page, after the warm-up ones.</summary>
    public int DeskRequests => Quick ? 30 : 200;

    public int DeskWarmUp => Quick ? 5 : 20;

    public static BenchSettings Parse(string[] args)
    {
        string? Option(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Port(string name, string environment, int fallback) =>
            int.Parse(Option(name) ?? Environment.GetEnvironmentVariable(environment) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        return new BenchSettings
        {
            Quick = args.Contains("--quick"),
            HostDll = Path.GetFullPath(Option("--host-dll") ?? Testing.HostProcess.BesideTests),
            Output = Path.GetFullPath(Option("--out") ?? Path.Combine("bench-results", "latest.json")),
            PostgresPort = Port("--pg-port", "SENATE_PG_PORT", 55432),
            RedisPort = Port("--redis-port", "SENATE_REDIS_PORT", 56379),
            HostCounts = Option("--hosts") is { } hosts ? [int.Parse(hosts, CultureInfo.InvariantCulture)] : [1, 2],
        };
    }
}
