using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>
/// One Redis subscription per host that wakes this host's open streams when any host appends to
/// their conversation, so a user connected to instance A hears replies produced on instance B.
/// </summary>
internal sealed class DirectLineFanOut(IConnectionMultiplexer redis) : IHostedService
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Action>> _watchers = new(StringComparer.Ordinal);

    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(RedisChannel.Pattern(DirectLineConversationStore.NotifyPrefix + "*"), (channel, _) =>
        {
            var conversationId = channel.ToString()[DirectLineConversationStore.NotifyPrefix.Length..];
            if (_watchers.TryGetValue(conversationId, out var watchers))
            {
                foreach (var wake in watchers.Values)
                {
                    try
                    {
                        wake();
                    }
                    catch (ObjectDisposedException)
                    {
                        // That stream closed while this message was on its way.
                    }
                }
            }
        });

    // Fire and forget: at shutdown the connection may already be going, and a host that stops must not fail for it.
    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().UnsubscribeAsync(RedisChannel.Pattern(DirectLineConversationStore.NotifyPrefix + "*"), flags: CommandFlags.FireAndForget);

    /// <summary>Calls <paramref name="wake"/> whenever the conversation gets a new activity, until disposed.</summary>
    public IDisposable Watch(string conversationId, Action wake)
    {
        var id = Guid.NewGuid();
        _watchers.GetOrAdd(conversationId, _ => new())[id] = wake;
        return new Watcher(() =>
        {
            if (_watchers.TryGetValue(conversationId, out var watchers) && watchers.TryRemove(id, out _) && watchers.IsEmpty)
            {
                _watchers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Guid, Action>>(conversationId, watchers));
            }
        });
    }

    private sealed class Watcher(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
