using System.Threading.Channels;

namespace Senate.ChatBot.Host.Channels.Line.Inbox;

/// <summary>
/// Gathers the inbox inserts of concurrent webhook requests into shared statements. Every PostgreSQL
/// commit waits for a WAL flush (about 3 ms on this kind of disk), so one insert per request caps
/// ingest at what the pool can flush; a batch pays the flush once for all its requests. A lone
/// request is written at once: batches only form while earlier writes are under way.
/// </summary>
internal sealed class LineInboxWriter(LineInbox inbox) : BackgroundService
{
    /// <summary>Batches written side by side, so one slow flush does not hold up the next requests.</summary>
    private const int Writers = 4;

    private const int MaxEventsPerBatch = 1000;

    private readonly Channel<PendingStore> _queue = Channel.CreateUnbounded<PendingStore>();

    /// <summary>Completes once the events are committed (duplicates skipped); returns how many were new.</summary>
    public Task<int> StoreAsync(IReadOnlyList<IncomingEvent> events)
    {
        if (events.Count == 0)
        {
            return Task.FromResult(0);
        }

        var pending = new PendingStore(events);
        // Once the host is stopping the writers take no more: a late request writes its own events.
        return _queue.Writer.TryWrite(pending) ? pending.Stored.Task : StoreAloneAsync(events);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Requests already queued when the host stops are still written before the writers end.
        stoppingToken.Register(() => _queue.Writer.TryComplete());
        return Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => WriteAsync()));
    }

    private async Task WriteAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<PendingStore>();
            var events = 0;
            while (events < MaxEventsPerBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
                events += next.Events.Count;
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                // Not cancellable by any one request: the batch is theirs together.
                var fresh = await inbox.StoreAsync([.. batch.SelectMany(p => p.Events)], CancellationToken.None);
                foreach (var pending in batch)
                {
                    pending.Stored.TrySetResult(pending.Events.Count(e => fresh.Contains(e.EventId)));
                }
            }
            catch (Exception e)
            {
                // The statement stored all or nothing: every request of the batch answers the failure (503) and LINE redelivers.
                foreach (var pending in batch)
                {
                    pending.Stored.TrySetException(e);
                }
            }
        }
    }

    private async Task<int> StoreAloneAsync(IReadOnlyList<IncomingEvent> events)
    {
        var fresh = await inbox.StoreAsync(events, CancellationToken.None);
        return events.Count(e => fresh.Contains(e.EventId));
    }

    private sealed record PendingStore(IReadOnlyList<IncomingEvent> Events)
    {
        public TaskCompletionSource<int> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
