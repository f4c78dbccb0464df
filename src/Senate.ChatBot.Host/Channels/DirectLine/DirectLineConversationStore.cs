using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Senate.ChatBot.BotBuilder.Schema;
using StackExchange.Redis;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>
/// The activities of each Direct Line conversation, kept in Redis so that every host instance can
/// serve any reconnect (watermark = number of activities already seen) and learn of new ones by pub/sub.
/// Appends of one conversation happen inside its turn gate, so one writer assigns ids and timestamps.
/// </summary>
internal sealed class DirectLineConversationStore(IConnectionMultiplexer redis, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public const string NotifyPrefix = "dl:notify:";

    private IDatabase Db => redis.GetDatabase();

    public async Task<bool> ExistsAsync(string conversationId) => await Db.KeyExistsAsync(MetaKey(conversationId));

    public async Task CreateAsync(string conversationId, string userId)
    {
        await Db.HashSetAsync(MetaKey(conversationId), [new("user", userId), new("seq", 0), new("ticks", 0)]);
        await Db.KeyExpireAsync(MetaKey(conversationId), options.Value.ActivityRetention);
    }

    /// <summary>
    /// Stamps the channel's id (conversation|sequence) and a strictly increasing timestamp, stores the
    /// activity and tells every host. Returns the watermark that includes it.
    /// </summary>
    public async Task<int> AppendAsync(string conversationId, Activity activity)
    {
        var db = Db;
        var meta = MetaKey(conversationId);
        // Two round trips instead of seven, pipelined on one connection (so in order): number the
        // activity and read the last timestamp; then store, extend and announce it.
        var numbering = db.CreateBatch();
        var counting = numbering.HashIncrementAsync(meta, "seq");
        var reading = numbering.HashGetAsync(meta, "ticks");
        numbering.Execute();
        var seq = (int)await counting;
        var ticks = Math.Max(time.GetUtcNow().UtcTicks, (long)await reading + 10);

        activity.Id = $"{conversationId}|{seq.ToString("D7", CultureInfo.InvariantCulture)}";
        activity.Timestamp = new DateTimeOffset(ticks, TimeSpan.Zero);
        activity.Conversation = new ConversationAccount(conversationId);
        activity.ChannelId = DirectLineChannel.Id;

        var log = LogKey(conversationId);
        var storing = db.CreateBatch();
        Task[] writes =
        [
            storing.HashSetAsync(meta, "ticks", ticks),
            storing.ListRightPushAsync(log, JsonSerializer.Serialize(activity, BotJson.Options)),
            storing.KeyExpireAsync(log, options.Value.ActivityRetention),
            storing.KeyExpireAsync(meta, options.Value.ActivityRetention),
            storing.PublishAsync(RedisChannel.Literal(NotifyPrefix + conversationId), seq),
        ];
        storing.Execute();
        await Task.WhenAll(writes);
        return seq;
    }

    /// <summary>Activities after the watermark, and the watermark to ask from next time.</summary>
    public async Task<(IReadOnlyList<JsonElement> Activities, int Watermark)> ReadAsync(string conversationId, int watermark)
    {
        var values = await Db.ListRangeAsync(LogKey(conversationId), Math.Max(watermark, 0));
        var activities = values.Select(v => JsonDocument.Parse((string)v!).RootElement).ToList();
        return (activities, Math.Max(watermark, 0) + activities.Count);
    }

    private static RedisKey MetaKey(string conversationId) => $"dl:{conversationId}:meta";

    private static RedisKey LogKey(string conversationId) => $"dl:{conversationId}:log";
}
