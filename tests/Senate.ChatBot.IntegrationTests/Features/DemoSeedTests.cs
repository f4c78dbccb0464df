using Marten;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Demo;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.IntegrationTests.Features;

[Collection(DemoStoreGroup.Name)]
public sealed class DemoSeedTests(DemoStore demo)
{
    [Fact]
    public async Task Demo_data_has_the_promised_size_and_seeding_again_duplicates_nothing()
    {
        await demo.Features.Get<DemoSeeder>().SeedAsync();

        await using var session = demo.Features.Store.QuerySession();
        Assert.Equal(200, await session.Query<MemberRecord>().CountAsync());
        Assert.Equal(500, await session.Query<BookshelfItem>().CountAsync());
        Assert.Equal(1 + 21 + 42, await session.Query<Committee>().CountAsync());
        var meetings = await session.Query<Meeting>().CountAsync();
        Assert.Equal(demo.Data.Meetings.Count, meetings);
        Assert.InRange(meetings, 300, 700);
    }
}
