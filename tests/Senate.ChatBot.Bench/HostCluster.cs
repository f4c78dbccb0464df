using System.Globalization;
using System.Security.Cryptography;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.Bench;

/// <summary>
/// N host processes on one PostgreSQL database and one Redis, in Production with every setting from
/// the environment, the LINE API pointed at the in-process fake. Callers spread requests round-robin.
/// </summary>
internal sealed class HostCluster : IAsyncDisposable
{
    public static readonly string ChannelSecret = RandomNumberGenerator.GetHexString(32, lowercase: true);
    public static readonly string ChannelAccessToken = RandomNumberGenerator.GetHexString(64, lowercase: true);
    public static readonly string DirectLineSecret = RandomNumberGenerator.GetHexString(64, lowercase: true);

    private int _next = -1;

    private HostCluster(IReadOnlyList<HostProcess> hosts) => Hosts = hosts;

    public IReadOnlyList<HostProcess> Hosts { get; }

    /// <summary>Starts the hosts one after the other, so only one applies the schema at a time.</summary>
    public static async Task<HostCluster> StartAsync(
        BenchSettings settings, FakeLinePlatform fake, int count, bool processLineEvents, IReadOnlyDictionary<string, string>? more = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Postgres"] = PostgresConnection(settings),
            ["ConnectionStrings__Redis"] = $"127.0.0.1:{settings.RedisPort.ToString(CultureInfo.InvariantCulture)},abortConnect=false,defaultDatabase={Stores.RedisDatabase.ToString(CultureInfo.InvariantCulture)}",
            ["Marten__Schema"] = BenchSettings.Schema,
            ["Line__ChannelSecret"] = ChannelSecret,
            ["Line__ChannelAccessToken"] = ChannelAccessToken,
            ["Line__ApiBaseUrl"] = fake.BaseUrl,
            ["Line__DataApiBaseUrl"] = fake.BaseUrl,
            ["Line__AccountLinkUrl"] = fake.AccountLinkUrl,
            ["Line__PublicBaseUrl"] = "http://127.0.0.1",
            ["Line__ProcessEvents"] = processLineEvents ? "true" : "false",
            ["DirectLine__Secret"] = DirectLineSecret,
            ["DirectLine__TokenRequestsPerMinute"] = "1000",
        };
        foreach (var (name, value) in more ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var logs = Path.GetDirectoryName(settings.Output)!;
        var hosts = new List<HostProcess>();
        for (var i = 0; i < count; i++)
        {
            hosts.Add(await HostProcess.StartAsync(settings.HostDll, environment, Path.Combine(logs, $"host-{i + 1}.log")));
        }

        return new HostCluster(hosts);
    }

    public static string PostgresConnection(BenchSettings settings) =>
        $"Host=127.0.0.1;Port={settings.PostgresPort.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={BenchSettings.Database}";

    /// <summary>The next host's address, round-robin.</summary>
    public Uri Next() => Hosts[(int)((uint)Interlocked.Increment(ref _next) % (uint)Hosts.Count)].BaseAddress;

    public Uri At(int index) => Hosts[index % Hosts.Count].BaseAddress;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts)
        {
            await host.DisposeAsync();
        }
    }
}
