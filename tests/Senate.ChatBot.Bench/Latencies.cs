namespace Senate.ChatBot.Bench;

/// <summary>p50/p95/p99/max of a set of samples, in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0);
}

/// <summary>A thread-safe bag of latency samples (milliseconds).</summary>
internal sealed class Latencies
{
    private readonly Lock _gate = new();
    private readonly List<double> _samples = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (_gate)
        {
            _samples.Add(milliseconds);
        }
    }

    public LatencySummary Summarize()
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _samples];
        }

        if (sorted.Length == 0)
        {
            return LatencySummary.Empty;
        }

        Array.Sort(sorted);
        // Nearest-rank percentiles: the value below which the given share of samples lie.
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, Round(At(0.50)), Round(At(0.95)), Round(At(0.99)), Round(sorted[^1]));
    }

    private static double Round(double value) => Math.Round(value, 1);
}
