namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// Tells waiting background work on this host that complaints changed (a deadline moved, a
/// notification was stored), so it looks now instead of at its next planned moment. Every waiter
/// wakes. Take <see cref="Next"/> before looking, then wait on it: a change made while looking is not missed.
/// </summary>
public sealed class ComplaintChanges
{
    private TaskCompletionSource _next = New();

    /// <summary>Completes at the next change after it was read.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Signal() => Interlocked.Exchange(ref _next, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
