using System.Text.Json;

namespace Senate.ChatBot.BotBuilder.State;

/// <summary>
/// In-process <see cref="IStorage"/> for tests and single-instance development. Items are kept as
/// JSON text, exactly like <see cref="RedisStorage"/>, so callers cannot share live objects with it.
/// An optional time to live (measured with the <see cref="TimeProvider"/>) mirrors Redis expiry.
/// </summary>
public sealed class MemoryStorage(TimeProvider? timeProvider = null, TimeSpan? timeToLive = null) : IStorage
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (TryGetLive(key, out var entry))
                {
                    found[key] = new StoreItem(JsonSerializer.Deserialize<JsonElement>(entry.Json), entry.ETag);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(
        IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            var expiresAt = timeToLive is { } ttl ? _time.GetUtcNow() + ttl : (DateTimeOffset?)null;
            foreach (var (key, item) in changes)
            {
                var exists = TryGetLive(key, out var current);
                var matches = item.IsUnconditional || (item.ETag == StoreItem.AbsentETag ? !exists : exists && current!.ETag == item.ETag);
                if (!matches)
                {
                    throw StorageConcurrencyException.For(key);
                }

                var etag = Guid.NewGuid().ToString("N");
                _items[key] = new Entry(item.Document.GetRawText(), etag, expiresAt);
                etags[key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private bool TryGetLive(string key, out Entry entry)
    {
        if (!_items.TryGetValue(key, out entry!))
        {
            return false;
        }

        if (entry.ExpiresAt is { } expiresAt && expiresAt <= _time.GetUtcNow())
        {
            _items.Remove(key);
            return false;
        }

        return true;
    }

    private sealed record Entry(string Json, string ETag, DateTimeOffset? ExpiresAt);
}
