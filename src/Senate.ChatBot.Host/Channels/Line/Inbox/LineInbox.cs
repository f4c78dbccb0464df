using Npgsql;
using NpgsqlTypes;

namespace Senate.ChatBot.Host.Channels.Line.Inbox;

/// <summary>
/// The durable webhook inbox. Storing skips event ids already seen (LINE's redeliveries); claiming
/// hands out only the oldest unfinished event of each LINE user or group, under a lease, so one
/// person's events are handled one after another, in order, by whichever host claims them.
/// </summary>
internal sealed class LineInbox(LineDatabase database, TimeProvider time)
{
    /// <summary>Stores the events in one statement (one commit); returns the ids that were new.</summary>
    public async Task<HashSet<string>> StoreAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken)
    {
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        if (events.Count == 0)
        {
            return fresh;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            insert into {database.Inbox} (event_id, source_key, event_ts, event, received_at, next_attempt_at)
            select e.id, e.source, e.ts, e.body, @now, @now
            from unnest(@ids, @sources, @timestamps, @bodies) as e(id, source, ts, body)
            on conflict (event_id) do nothing
            returning event_id
            """, connection);
        command.Parameters.AddWithValue("ids", events.Select(e => e.EventId).ToArray());
        command.Parameters.AddWithValue("sources", events.Select(e => e.SourceKey).ToArray());
        command.Parameters.AddWithValue("timestamps", events.Select(e => e.Timestamp).ToArray());
        command.Parameters.AddWithValue("bodies", events.Select(e => e.Json).ToArray());
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            fresh.Add(reader.GetString(0));
        }

        return fresh;
    }

    /// <summary>Leases up to <paramref name="limit"/> events, each the head of its source's queue.</summary>
    public async Task<IReadOnlyList<InboxEntry>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        // The outer conditions are checked again on the row itself, so two hosts never claim the same event.
        await using var command = new NpgsqlCommand($"""
            with heads as (
                select distinct on (source_key) seq, next_attempt_at, lease_until
                from {database.Inbox} where done_at is null
                order by source_key, event_ts, seq),
            due as (
                select seq from heads
                where next_attempt_at <= @now and (lease_until is null or lease_until < @now)
                order by seq limit @limit)
            update {database.Inbox} i set lease_until = @lease_until, attempts = i.attempts + 1
            from due
            where i.seq = due.seq and i.done_at is null and (i.lease_until is null or i.lease_until < @now)
            returning i.seq, i.event_id, i.source_key, i.event, i.attempts
            """, connection);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("lease_until", now + lease);
        var claimed = new List<InboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new InboxEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        }

        return claimed;
    }

    public Task CompleteAsync(long seq, CancellationToken cancellationToken) =>
        ExecuteAsync($"update {database.Inbox} set done_at = @now, lease_until = null where seq = @seq", seq, null, cancellationToken);

    /// <summary>Gives the event back without counting a try (the host is stopping).</summary>
    public Task ReleaseAsync(long seq, CancellationToken cancellationToken) =>
        ExecuteAsync($"update {database.Inbox} set lease_until = null, attempts = attempts - 1 where seq = @seq", seq, null, cancellationToken);

    /// <summary>Schedules another try, or sets the event aside for good so the person's later events go on.</summary>
    public Task FailAsync(long seq, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        retryAt is { } at
            ? ExecuteAsync($"update {database.Inbox} set lease_until = null, next_attempt_at = @at where seq = @seq", seq, at, cancellationToken)
            : ExecuteAsync($"update {database.Inbox} set lease_until = null, done_at = @now, failed = true where seq = @seq", seq, null, cancellationToken);

    /// <summary>Forgets finished events older than the cut-off; LINE redelivers for far less time than that.</summary>
    public Task PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        ExecuteAsync($"delete from {database.Inbox} where done_at < @at", 0, before, cancellationToken);

    private async Task ExecuteAsync(string sql, long seq, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("seq", seq);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = (object?)at ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
