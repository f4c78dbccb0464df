using Senate.ChatBot.Bots.Ordering;

namespace Senate.ChatBot.IntegrationTests.Bots;

public sealed class ConversationTurnGateTests(RedisConnection redis) : IClassFixture<RedisConnection>
{
    [Fact]
    public async Task Two_hosts_never_run_turns_of_one_conversation_at_the_same_time()
    {
        var hostA = new ConversationTurnGate(redis.Multiplexer, TimeProvider.System);
        var hostB = new ConversationTurnGate(redis.Multiplexer, TimeProvider.System);
        var key = $"test/{Guid.NewGuid():N}";
        var inside = 0;
        var mostInside = 0;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using (await (i % 2 == 0 ? hostA : hostB).EnterAsync(key, CancellationToken.None))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref mostInside, now);
                await Task.Delay(5);
                Interlocked.Decrement(ref inside);
            }
        }));

        Assert.Equal(1, mostInside);
    }

    [Fact]
    public async Task Different_conversations_do_not_wait_for_each_other()
    {
        var gate = new ConversationTurnGate(redis.Multiplexer, TimeProvider.System);
        var inside = 0;
        var mostInside = 0;
        using var allIn = new Barrier(4);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            await using (await gate.EnterAsync($"test/{Guid.NewGuid():N}", CancellationToken.None))
            {
                InterlockedMax(ref mostInside, Interlocked.Increment(ref inside));
                Assert.True(allIn.SignalAndWait(TimeSpan.FromSeconds(10)), "the four turns did not run together");
                Interlocked.Decrement(ref inside);
            }
        })));

        Assert.Equal(4, mostInside);
    }

    [Fact]
    public async Task A_turn_left_by_a_dead_host_is_taken_over_when_its_lease_lapses()
    {
        var key = $"test/{Guid.NewGuid():N}";
        await redis.Multiplexer.GetDatabase().StringSetAsync($"turn-lock:{key}", "dead-host", TimeSpan.FromMilliseconds(300));
        var gate = new ConversationTurnGate(redis.Multiplexer, TimeProvider.System);

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        await using (await gate.EnterAsync(key, patience.Token))
        {
            var holder = await redis.Multiplexer.GetDatabase().StringGetAsync($"turn-lock:{key}");
            Assert.NotEqual("dead-host", holder.ToString());
        }

        Assert.False(await redis.Multiplexer.GetDatabase().KeyExistsAsync($"turn-lock:{key}"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
