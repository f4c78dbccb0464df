using Microsoft.Extensions.Time.Testing;
using Senate.ChatBot.BotBuilder.State;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();

    [Fact]
    public async Task Items_expire_after_the_time_to_live_since_their_last_write()
    {
        var time = new FakeTimeProvider();
        var storage = new MemoryStorage(time, TimeSpan.FromDays(7));
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("{}")) });

        time.Advance(TimeSpan.FromDays(6));
        var stillThere = await storage.ReadAsync(["k"]);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("{}"), stillThere["k"].ETag) });
        time.Advance(TimeSpan.FromDays(6));
        var afterRewrite = await storage.ReadAsync(["k"]);
        time.Advance(TimeSpan.FromDays(1));

        Assert.Single(afterRewrite);
        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task Stored_documents_are_copies()
    {
        var storage = new MemoryStorage();
        var node = new System.Text.Json.Nodes.JsonObject { ["v"] = 1 };
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(System.Text.Json.JsonSerializer.SerializeToElement(node)) });

        node["v"] = 2;

        Assert.Equal(1, (await storage.ReadAsync(["k"]))["k"].Document.GetProperty("v").GetInt32());
    }
}
