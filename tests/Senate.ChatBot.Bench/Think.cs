namespace Senate.ChatBot.Bench;

/// <summary>The pause of a person reading an answer before writing again.</summary>
internal static class Think
{
    /// <summary>A random pause between the bounds (seconds), cut short at the end of the phase.</summary>
    public static Task PauseAsync((double Min, double Max) seconds, DateTimeOffset end)
    {
        var pause = TimeSpan.FromSeconds(seconds.Min + (Random.Shared.NextDouble() * (seconds.Max - seconds.Min)));
        var left = end - DateTimeOffset.UtcNow;
        return left <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(pause < left ? pause : left);
    }
}
