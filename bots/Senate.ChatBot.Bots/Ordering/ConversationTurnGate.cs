using System.Collections.Concurrent;
using System.Security.Cryptography;
using StackExchange.Redis;

namespace Senate.ChatBot.Bots.Ordering;

/// <summary>
/// Lets one turn of a conversation run at a time, on this host (a local queue) and across hosts
/// (a Redis lease). Different conversations never wait for each other. The Redis lease is what
/// guarantees exclusion; the local queue keeps this host's waiters in arrival order without polling Redis.
/// </summary>
public sealed class ConversationTurnGate(IConnectionMultiplexer redis, TimeProvider time)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    // Deletes the lease only if it is still ours: a lease that expired and was taken by another host stays.
    private const string ReleaseScript =
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private const string ExtendScript =
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

    private readonly ConcurrentDictionary<string, LocalQueue> _local = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> EnterAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var queue = _local.AddOrUpdate(conversationKey, _ => new LocalQueue(), (_, q) => q.AddUser());
        try
        {
            await queue.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationKey, queue);
            throw;
        }

        try
        {
            var lease = await AcquireLeaseAsync(conversationKey, cancellationToken);
            return new Turn(this, conversationKey, queue, lease);
        }
        catch
        {
            queue.Semaphore.Release();
            Leave(conversationKey, queue);
            throw;
        }
    }

    private async Task<RedisLease> AcquireLeaseAsync(string conversationKey, CancellationToken cancellationToken)
    {
        RedisKey key = $"turn-lock:{conversationKey}";
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var db = redis.GetDatabase();
        var deadline = time.GetUtcNow() + MaxWait;
        var delay = TimeSpan.FromMilliseconds(5);
        while (!await db.StringSetAsync(key, token, Lease, When.NotExists))
        {
            if (time.GetUtcNow() > deadline)
            {
                throw new TimeoutException("Another host held this conversation's turn for too long.");
            }

            await Task.Delay(delay, time, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 100));
        }

        return new RedisLease(db, key, token, time);
    }

    private void Leave(string conversationKey, LocalQueue queue)
    {
        if (queue.RemoveUser() == 0)
        {
            _local.TryRemove(new KeyValuePair<string, LocalQueue>(conversationKey, queue));
        }
    }

    private sealed class LocalQueue
    {
        private int _users = 1;

        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public LocalQueue AddUser()
        {
            Interlocked.Increment(ref _users);
            return this;
        }

        public int RemoveUser() => Interlocked.Decrement(ref _users);
    }

    private sealed class Turn(ConversationTurnGate gate, string conversationKey, LocalQueue queue, RedisLease lease) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await lease.DisposeAsync();
            }
            finally
            {
                queue.Semaphore.Release();
                gate.Leave(conversationKey, queue);
            }
        }
    }

    /// <summary>Keeps the lease alive while a long turn runs; a host that dies lets it lapse.</summary>
    private sealed class RedisLease : IAsyncDisposable
    {
        private readonly IDatabase _db;
        private readonly RedisKey _key;
        private readonly string _token;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewal;

        public RedisLease(IDatabase db, RedisKey key, string token, TimeProvider time)
        {
            _db = db;
            _key = key;
            _token = token;
            _renewal = RenewAsync(time);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewal;
            _stop.Dispose();
            await _db.ScriptEvaluateAsync(ReleaseScript, [_key], [_token]);
        }

        private async Task RenewAsync(TimeProvider time)
        {
            using var timer = new PeriodicTimer(Lease / 3, time);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                {
                    await _db.ScriptEvaluateAsync(ExtendScript, [_key], [_token, (long)Lease.TotalMilliseconds]);
                }
            }
            catch (OperationCanceledException)
            {
                // The turn ended.
            }
        }
    }
}
