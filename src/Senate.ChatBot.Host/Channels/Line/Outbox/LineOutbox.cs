using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace Senate.ChatBot.Host.Channels.Line.Outbox;

/// <summary>
/// Pushes that must reach the person even through a LINE outage (complaint replies, meeting
/// reminders, answers LINE refused for the moment). Each row's retry key is sent as
/// X-Line-Retry-Key on every try, so LINE delivers it once however often it is tried.
/// </summary>
internal sealed class LineOutbox(LineDatabase database, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _due = new(0);

    public async Task EnqueueAsync(string to, IReadOnlyList<JsonNode> messages, Guid retryKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"insert into {database.Outbox} (retry_key, recipient, messages, created_at, next_attempt_at) " +
            "values (@key, @to, @messages, @now, @now) on conflict (retry_key) do nothing", connection);
        command.Parameters.AddWithValue("key", retryKey);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("messages", Serialize(messages));
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
        Wake();
    }

    /// <summary>Waits until something was queued on this host, or the timeout passed.</summary>
    public Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _due.WaitAsync(timeout, cancellationToken);

    public void Wake()
    {
        if (_due.CurrentCount == 0)
        {
            _due.Release();
        }
    }

    public void Dispose() => _due.Dispose();

    /// <summary>Leases due pushes, oldest first; a host that dies mid-push lets the lease run out.</summary>
    public async Task<IReadOnlyList<PendingPush>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            update {database.Outbox} o set lease_until = @lease_until, attempts = o.attempts + 1
            from (select retry_key from {database.Outbox}
                  where sent_at is null and next_attempt_at <= @now and (lease_until is null or lease_until < @now)
                  order by created_at limit @limit for update skip locked) due
            where o.retry_key = due.retry_key
            returning o.retry_key, o.recipient, o.messages, o.attempts, o.created_at
            """, connection);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("lease_until", now + lease);
        var claimed = new List<(DateTime Created, PendingPush Push)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var messages = JsonNode.Parse(reader.GetString(2))!.AsArray().Select(m => m!).ToList();
            claimed.Add((reader.GetDateTime(4), new PendingPush(reader.GetGuid(0), reader.GetString(1), messages, reader.GetInt32(3))));
        }

        // RETURNING keeps no order: pushes go out in the order they were queued.
        return [.. claimed.OrderBy(c => c.Created).Select(c => c.Push)];
    }

    /// <summary>Marks the push delivered, or given up (<paramref name="failed"/>), or due again at <paramref name="retryAt"/>.</summary>
    public async Task FinishAsync(Guid retryKey, bool failed, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(retryAt is null
            ? $"update {database.Outbox} set sent_at = @now, failed = @failed, lease_until = null where retry_key = @key"
            : $"update {database.Outbox} set next_attempt_at = @at, lease_until = null where retry_key = @key", connection);
        command.Parameters.AddWithValue("key", retryKey);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        command.Parameters.AddWithValue("failed", failed);
        command.Parameters.AddWithValue("at", retryAt ?? time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Serialize(IReadOnlyList<JsonNode> messages) =>
        JsonSerializer.Serialize(new JsonArray([.. messages.Select(m => m.DeepClone())]));
}
