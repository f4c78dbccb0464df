using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Host.Channels.Line.Turns;

namespace Senate.ChatBot.Host.Channels.Line.Inbox;

/// <summary>
/// Works the inbox after the webhook has answered: claims the head event of each source, handles
/// different sources side by side and one source strictly in order, retries failures with backoff.
/// Woken at once by this host's webhook; polls for other hosts' events, retries and events left
/// behind by a host that died (their lease runs out).
/// </summary>
internal sealed partial class LineInboxProcessor(
    LineInbox inbox,
    LineEventHandler handler,
    IOptions<LineOptions> options,
    TimeProvider time,
    ILogger<LineInboxProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    private readonly SemaphoreSlim _wake = new(0);
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private DateTimeOffset _nextPurge;

    /// <summary>Asks the loop to look for work now rather than at its next poll.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.ProcessEvents)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var free = settings.MaxConcurrentSources - _running.Count;
                var claimed = free > 0 ? await inbox.ClaimAsync(free, settings.Lease, stoppingToken) : [];
                foreach (var entry in claimed)
                {
                    _running[entry.Seq] = RunAsync(entry, stoppingToken);
                }

                await PurgeWhenDueAsync(stoppingToken);
                if (claimed.Count > 0 && claimed.Count == free)
                {
                    continue;
                }

                await _wake.WaitAsync(TimeSpan.FromMilliseconds(settings.PollMilliseconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LineLog.InboxUnavailable(logger, e.GetType().Name, e);
                await Task.Delay(TimeSpan.FromMilliseconds(settings.PollMilliseconds), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        await Task.WhenAll(_running.Values);
    }

    private async Task RunAsync(InboxEntry entry, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await handler.HandleAsync(entry, stoppingToken);
            await inbox.CompleteAsync(entry.Seq, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await SafelyAsync(inbox.ReleaseAsync(entry.Seq, CancellationToken.None));
        }
        catch (Exception e)
        {
            var giveUp = entry.Attempts >= options.Value.MaxAttempts;
            LineLog.EventFailed(logger, entry.Attempts, giveUp, e.GetType().Name, e);
            var retryAt = giveUp ? (DateTimeOffset?)null : time.GetUtcNow() + Backoff(entry.Attempts);
            await SafelyAsync(inbox.FailAsync(entry.Seq, retryAt, CancellationToken.None));
        }
        finally
        {
            _running.TryRemove(entry.Seq, out _);
            Wake();
        }
    }

    // When even this write fails the lease simply runs out and the event is tried again.
    private async Task SafelyAsync(Task write)
    {
        try
        {
            await write;
        }
        catch (Exception e)
        {
            LineLog.InboxUnavailable(logger, e.GetType().Name, e);
        }
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), 300));

    private async Task PurgeWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + TimeSpan.FromHours(1);
        await inbox.PurgeAsync(now - Retention, cancellationToken);
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
