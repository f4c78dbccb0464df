using System.Text.Json;
using Senate.ChatBot.BotBuilder.State;

namespace Senate.ChatBot.UnitTests.BotBuilder;

/// <summary>
/// What every <see cref="IStorage"/> must do. Derive and supply <see cref="CreateStorage"/> to run
/// it against another implementation (the integration tests do so for Redis).
/// </summary>
public abstract class StorageContractTests
{
    protected abstract IStorage CreateStorage();

    protected static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public async Task Reading_a_missing_key_returns_nothing()
    {
        var items = await CreateStorage().ReadAsync(["nobody/conversations/none"]);

        Assert.Empty(items);
    }

    [Fact]
    public async Task A_written_document_reads_back_with_the_returned_etag()
    {
        var storage = CreateStorage();

        var etags = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"name":"สมชาย","n":1}""")) });
        var item = (await storage.ReadAsync(["k"]))["k"];

        Assert.Equal("สมชาย", item.Document.GetProperty("name").GetString());
        Assert.Equal(etags["k"], item.ETag);
        Assert.NotEqual(StoreItem.AnyETag, item.ETag);
    }

    [Fact]
    public async Task Each_write_changes_the_etag()
    {
        var storage = CreateStorage();

        var first = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("{}")) });
        var second = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("{}"), first["k"]) });

        Assert.NotEqual(first["k"], second["k"]);
    }

    [Fact]
    public async Task A_create_only_write_succeeds_once_and_the_second_creator_is_rejected()
    {
        var storage = CreateStorage();

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"by":"first"}"""), StoreItem.AbsentETag) });
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"by":"second"}"""), StoreItem.AbsentETag) }));

        Assert.Equal("k", error.Key);
        Assert.Equal("first", (await storage.ReadAsync(["k"]))["k"].Document.GetProperty("by").GetString());
    }

    [Fact]
    public async Task A_stale_etag_is_rejected_and_the_newer_document_is_kept()
    {
        var storage = CreateStorage();
        var original = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"v":1}""")) });
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"v":2}"""), original["k"]) });

        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"v":3}"""), original["k"]) }));

        Assert.Equal("k", error.Key);
        Assert.Equal(2, (await storage.ReadAsync(["k"]))["k"].Document.GetProperty("v").GetInt32());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(StoreItem.AnyETag)]
    public async Task A_null_or_star_etag_writes_unconditionally(string? etag)
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"v":1}""")) });

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"v":2}"""), etag) });

        Assert.Equal(2, (await storage.ReadAsync(["k"]))["k"].Document.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task An_etag_for_an_item_that_was_deleted_is_rejected()
    {
        var storage = CreateStorage();
        var etags = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("{}")) });
        await storage.DeleteAsync(["k"]);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("{}"), etags["k"]) }));
        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task Delete_removes_only_the_given_keys_and_ignores_missing_ones()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(Json("{}")), ["b"] = new(Json("{}")) });

        await storage.DeleteAsync(["a", "missing"]);

        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b"])).Keys);
    }
}
