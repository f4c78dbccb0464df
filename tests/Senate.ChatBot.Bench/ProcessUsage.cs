using System.Globalization;

namespace Senate.ChatBot.Bench;

/// <summary>Peak resident memory and average CPU of one host process during a phase.</summary>
internal sealed record HostUsage(int Pid, double PeakRssMb, double CpuPercent);

/// <summary>
/// Samples /proc/&lt;pid&gt;/status (VmRSS) a few times a second and /proc/&lt;pid&gt;/stat (utime + stime)
/// at both ends of a phase. CPU is in percent of one core, so 200 % is both cores of this machine.
/// </summary>
internal sealed class ProcessUsage : IAsyncDisposable
{
    // USER_HZ is 100 on every Linux the project runs on.
    private const double TicksPerSecond = 100;

    private readonly int _pid;
    private readonly long _startTicks;
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private double _peakRssKb;

    public ProcessUsage(int pid)
    {
        _pid = pid;
        _startTicks = CpuTicks(pid);
        _sampling = SampleAsync();
    }

    public async Task<HostUsage> FinishAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        var seconds = (DateTime.UtcNow - _started).TotalSeconds;
        var cpu = (CpuTicks(_pid) - _startTicks) / TicksPerSecond / seconds * 100;
        return new HostUsage(_pid, Math.Round(_peakRssKb / 1024, 1), Math.Round(cpu, 1));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            do
            {
                _peakRssKb = Math.Max(_peakRssKb, RssKb(_pid));
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // The phase ended.
        }
    }

    private static double RssKb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return double.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static long CpuTicks(int pid)
    {
        // The command name (field 2) may hold spaces, so fields are counted after its closing parenthesis.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
