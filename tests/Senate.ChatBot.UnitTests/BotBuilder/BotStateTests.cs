using System.Text.Json;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class BotStateTests
{
    private readonly CountingStorage _storage = new(new MemoryStorage());
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task A_property_survives_into_a_new_state_object_as_json()
    {
        await Turn(async ctx =>
        {
            var state = new ConversationState(_storage);
            var profile = await state.CreateProperty<Profile>("profile").GetAsync(ctx, () => new Profile("", 0));
            await state.CreateProperty<Profile>("profile").SetAsync(ctx, profile with { Name = "สมหญิง", Visits = 2 });
            await state.SaveChangesAsync(ctx);
        });

        Profile? read = null;
        await Turn(async ctx => read = await new ConversationState(_storage).CreateProperty<Profile>("profile").GetAsync(ctx));

        Assert.Equal(new Profile("สมหญิง", 2), read);
        var stored = (await _storage.ReadAsync(["test/conversations/conversation-1"]))["test/conversations/conversation-1"];
        Assert.Equal("สมหญิง", stored.Document.GetProperty("profile").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Changes_to_a_live_object_are_saved()
    {
        await Turn(async ctx =>
        {
            var state = new ConversationState(_storage);
            var list = await state.CreateProperty<List<string>>("topics").GetAsync(ctx, () => []);
            list.Add("ประชุม");
            await state.SaveChangesAsync(ctx);
        });

        List<string>? read = null;
        await Turn(async ctx => read = await new ConversationState(_storage).CreateProperty<List<string>>("topics").GetAsync(ctx));

        Assert.Equal(["ประชุม"], read);
    }

    [Fact]
    public async Task Saving_writes_only_when_something_changed()
    {
        await Turn(async ctx =>
        {
            var state = new UserState(_storage);
            await state.CreateProperty<int>("count").SetAsync(ctx, 1);
            await state.SaveChangesAsync(ctx);
            await state.SaveChangesAsync(ctx);
        });
        await Turn(async ctx =>
        {
            var state = new UserState(_storage);
            await state.CreateProperty<int>("count").GetAsync(ctx);
            await state.SaveChangesAsync(ctx);
            await state.SaveChangesAsync(ctx, force: true);
        });

        Assert.Equal(2, _storage.Writes);
        Assert.Equal(["test/users/user-1"], _storage.WrittenKeys.Distinct());
    }

    [Fact]
    public async Task A_concurrent_writer_makes_the_stale_save_fail()
    {
        await Turn(async ctx =>
        {
            var state = new ConversationState(_storage);
            await state.CreateProperty<int>("n").SetAsync(ctx, 1);
            await state.SaveChangesAsync(ctx);
        });

        Assert.Equal(2, await RaceAsync(firstWrites: 2, secondWrites: 3));
    }

    [Fact]
    public async Task Two_first_turns_cannot_overwrite_each_others_new_state()
    {
        Assert.Equal(1, await RaceAsync(firstWrites: 1, secondWrites: 2));
    }

    // Two turns read the same state, the first saves; the second's save must fail. Returns what is stored after.
    private async Task<int?> RaceAsync(int firstWrites, int secondWrites)
    {
        var first = new ConversationState(_storage);
        var second = new ConversationState(_storage);
        var ctxA = Context();
        var ctxB = Context();
        await first.LoadAsync(ctxA);
        await second.LoadAsync(ctxB);
        await first.CreateProperty<int>("n").SetAsync(ctxA, firstWrites);
        await first.SaveChangesAsync(ctxA);
        await second.CreateProperty<int>("n").SetAsync(ctxB, secondWrites);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => second.SaveChangesAsync(ctxB));
        int? stored = null;
        await Turn(async ctx => stored = await new ConversationState(_storage).CreateProperty<int>("n").GetAsync(ctx));
        return stored;
    }

    [Fact]
    public async Task Saving_twice_in_one_turn_uses_the_new_etag()
    {
        await Turn(async ctx =>
        {
            var state = new ConversationState(_storage);
            var counter = state.CreateProperty<int>("n");
            await counter.SetAsync(ctx, 1);
            await state.SaveChangesAsync(ctx);
            await counter.SetAsync(ctx, 2);
            await state.SaveChangesAsync(ctx);
        });

        Assert.Equal(2, _storage.Writes);
    }

    [Fact]
    public async Task Clear_and_delete_remove_the_state()
    {
        await Turn(async ctx =>
        {
            var state = new ConversationState(_storage);
            await state.CreateProperty<string>("a").SetAsync(ctx, "x");
            await state.SaveChangesAsync(ctx);
        });

        string? afterClear = "unset";
        await Turn(async ctx =>
        {
            var state = new ConversationState(_storage);
            await state.ClearStateAsync(ctx);
            await state.SaveChangesAsync(ctx);
        });
        await Turn(async ctx => afterClear = await new ConversationState(_storage).CreateProperty<string>("a").GetAsync(ctx));
        await Turn(ctx => new ConversationState(_storage).DeleteAsync(ctx));

        Assert.Null(afterClear);
        Assert.Empty(await _storage.ReadAsync(["test/conversations/conversation-1"]));
    }

    [Fact]
    public async Task Delete_property_and_default_factory()
    {
        var values = new List<string?>();
        await Turn(async ctx =>
        {
            var accessor = new ConversationState(_storage).CreateProperty<string>("p");
            values.Add(await accessor.GetAsync(ctx, () => "default"));
            await accessor.SetAsync(ctx, "set");
            values.Add(await accessor.GetAsync(ctx));
            await accessor.DeleteAsync(ctx);
            values.Add(await accessor.GetAsync(ctx));
        });

        Assert.Equal(["default", "set", null], values);
    }

    private TurnContext Context() => new(_adapter, _adapter.MakeActivity("x"));

    private Task Turn(Func<ITurnContext, Task> work) => work(Context());

    private sealed record Profile(string Name, int Visits);

    /// <summary>Counts writes so tests can prove unchanged state is not written.</summary>
    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Writes { get; private set; }

        public List<string> WrittenKeys { get; } = [];

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            WrittenKeys.AddRange(changes.Keys);
            Assert.All(changes.Values, item => Assert.Equal(JsonValueKind.Object, item.Document.ValueKind));
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}
