namespace Senate.ChatBot.Bench;

/// <summary>What the hosts and stores spent during a phase.</summary>
internal sealed record PhaseUsage(IReadOnlyList<HostUsage> Hosts, long PostgresCommits, long RedisCommands)
{
    public double PeakRssMb => Hosts.Count == 0 ? 0 : Hosts.Max(h => h.PeakRssMb);

    public double CpuPercent => Math.Round(Hosts.Sum(h => h.CpuPercent), 1);

    public double PostgresPer(int turns) => turns == 0 ? 0 : Math.Round((double)PostgresCommits / turns, 1);

    public double RedisPer(int turns) => turns == 0 ? 0 : Math.Round((double)RedisCommands / turns, 1);
}

/// <summary>Watches every host process and the store counters from the start of a phase to its end.</summary>
internal sealed class PhaseMeter : IAsyncDisposable
{
    private readonly Stores _stores;
    private readonly List<ProcessUsage> _hosts;
    private readonly StoreSnapshot _start;

    private PhaseMeter(Stores stores, List<ProcessUsage> hosts, StoreSnapshot start)
    {
        _stores = stores;
        _hosts = hosts;
        _start = start;
    }

    public static async Task<PhaseMeter> StartAsync(HostCluster cluster, Stores stores)
    {
        var start = await stores.SnapshotAsync();
        return new PhaseMeter(stores, [.. cluster.Hosts.Select(h => new ProcessUsage(h.Pid))], start);
    }

    public async Task<PhaseUsage> FinishAsync()
    {
        var hosts = new List<HostUsage>();
        foreach (var host in _hosts)
        {
            hosts.Add(await host.FinishAsync());
        }

        var end = await _stores.SnapshotAsync();
        return new PhaseUsage(hosts, end.PostgresCommits - _start.PostgresCommits, end.RedisCommands - _start.RedisCommands);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }
}
