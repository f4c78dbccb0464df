using System.Text.Json;
using StackExchange.Redis;

namespace Senate.ChatBot.BotBuilder.State;

/// <summary>
/// <see cref="IStorage"/> on Redis. Each item is a hash <c>{prefix}{key}</c> with fields
/// <c>etag</c> and <c>doc</c> (the JSON document). A Lua script compares the ETag and writes in
/// one atomic step, and sets the time to live on every write so idle conversation state expires.
/// </summary>
public sealed class RedisStorage(IConnectionMultiplexer redis, RedisStorageOptions? options = null) : IStorage
{
    // KEYS[1] item; ARGV: expected etag ("*" = any, "" = must not exist), new etag, document, ttl in milliseconds.
    private const string CompareAndSetScript = """
        if ARGV[1] == '' then
          if redis.call('EXISTS', KEYS[1]) == 1 then
            return 0
          end
        elseif ARGV[1] ~= '*' and redis.call('HGET', KEYS[1], 'etag') ~= ARGV[1] then
          return 0
        end
        redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'doc', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    private static readonly RedisValue[] Fields = ["etag", "doc"];

    private readonly RedisStorageOptions _options = Validate(options ?? new RedisStorageOptions());

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var database = redis.GetDatabase();
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var values = await Task.WhenAll(distinct.Select(key => database.HashGetAsync(RedisKeyFor(key), Fields)));
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Length; i++)
        {
            if (values[i] is [{ HasValue: true } etag, { HasValue: true } doc])
            {
                found[distinct[i]] = new StoreItem(JsonSerializer.Deserialize<JsonElement>(doc.ToString()), etag.ToString());
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(
        IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var database = redis.GetDatabase();
        var ttl = (long)_options.TimeToLive.TotalMilliseconds;
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, item) in changes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var etag = Guid.NewGuid().ToString("N");
            var expected = item.IsUnconditional ? StoreItem.AnyETag : item.ETag!;
            var written = await database.ScriptEvaluateAsync(
                CompareAndSetScript, [RedisKeyFor(key)], [expected, etag, item.Document.GetRawText(), ttl]);
            if ((int)written != 1)
            {
                throw StorageConcurrencyException.For(key);
            }

            etags[key] = etag;
        }

        return etags;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0
            ? Task.CompletedTask
            : redis.GetDatabase().KeyDeleteAsync([.. keys.Select(RedisKeyFor)]);
    }

    private RedisKey RedisKeyFor(string key) => _options.KeyPrefix + key;

    private static RedisStorageOptions Validate(RedisStorageOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TimeToLive, TimeSpan.FromMilliseconds(1), nameof(options));
        return options;
    }
}

/// <summary>Settings for <see cref="RedisStorage"/>; bindable from configuration.</summary>
public sealed class RedisStorageOptions
{
    /// <summary>Prepended to every key, so bot state has its own corner of a shared Redis.</summary>
    public string KeyPrefix { get; set; } = "botstate:";

    /// <summary>How long an item lives after its last write, so idle conversations expire.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(7);
}
