using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.Testing;
using Senate.ChatBot.UnitTests.BotBuilder;
using StackExchange.Redis;

namespace Senate.ChatBot.IntegrationTests.Bots;

/// <summary>The same contract as the memory storage, against the real Redis; each test gets its own key prefix.</summary>
public sealed class RedisStorageTests : StorageContractTests, IClassFixture<RedisConnection>
{
    private readonly RedisConnection _redis;

    public RedisStorageTests(RedisConnection redis) => _redis = redis;

    protected override IStorage CreateStorage() =>
        new RedisStorage(_redis.Multiplexer, new RedisStorageOptions { KeyPrefix = $"test:{Guid.NewGuid():N}:" });

    [Fact]
    public async Task Every_write_sets_the_idle_expiry()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        var storage = new RedisStorage(_redis.Multiplexer, new RedisStorageOptions { KeyPrefix = prefix, TimeToLive = TimeSpan.FromMinutes(5) });

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["directline/conversations/c1"] = new(Json("{}")) });

        var ttl = await _redis.Multiplexer.GetDatabase().KeyTimeToLiveAsync($"{prefix}directline/conversations/c1");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }
}

/// <summary>One multiplexer to the Redis started by script/services, shared by a test class.</summary>
public sealed class RedisConnection : IDisposable
{
    public IConnectionMultiplexer Multiplexer { get; } = ConnectionMultiplexer.Connect(TestSettings.Redis);

    public void Dispose() => Multiplexer.Dispose();
}
