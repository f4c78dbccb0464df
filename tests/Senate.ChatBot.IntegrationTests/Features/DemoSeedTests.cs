using Marten;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Notifications;
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

    [Fact]
    public async Task Demo_complaints_are_filed_once_anonymous_and_show_every_kind_of_case_to_the_desk()
    {
        var seeder = demo.Features.Get<DemoSeeder>();
        await seeder.SeedComplaintsAsync();
        await seeder.SeedComplaintsAsync();

        await using var session = demo.Features.Store.QuerySession();
        var complaints = await session.Query<Complaint>().ToListAsync();
        Assert.Equal(12, complaints.Count);
        Assert.All(complaints, c => Assert.True(c.Anonymous && c.ReplyTo is null && c.Contact is null));
        Assert.Contains(complaints, c => c.IsOpen && c.Escalated);
        Assert.Contains(complaints, c => c.IsOpen && !c.Escalated && c.OfficerId is null);
        Assert.Contains(complaints, c => c.IsOpen && c.OfficerId is not null);
        Assert.Contains(complaints, c => !c.IsOpen);
        Assert.Empty(await session.Query<ComplaintNotification>().ToListAsync());
    }
}
