using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.IntegrationTests.Features;

[Collection(DemoStoreGroup.Name)]
public sealed class MeetingQueryTests(DemoStore demo)
{
    private static readonly DateOnly Today = FeatureStore.Today;
    private MeetingQueries Queries => demo.Features.Get<MeetingQueries>();

    [Fact]
    public async Task A_day_lists_its_meetings_in_time_order_and_the_public_never_gets_closed_ones()
    {
        var everything = await Queries.OnDayAsync(Today, Viewer.Staff);
        var open = await Queries.OnDayAsync(Today, Viewer.Public);

        Assert.NotEmpty(open);
        Assert.All(everything, m => Assert.Equal(Today, BangkokTime.DateOf(m.Start)));
        Assert.Equal(everything.OrderBy(m => m.Start).Select(m => m.Id), everything.Select(m => m.Id));
        Assert.All(open, m => Assert.True(m.IsPublic));
        Assert.Contains(everything, m => !m.IsPublic);
        Assert.Equal(everything.Where(m => m.IsPublic).Select(m => m.Id), open.Select(m => m.Id));
    }

    [Fact]
    public async Task A_member_sees_the_closed_meetings_they_are_invited_to_and_no_others()
    {
        var closed = demo.Data.Meetings.First(m => !m.IsPublic && BangkokTime.DateOf(m.Start) == Today);
        var invited = closed.Invited[0];
        var outsider = demo.Data.Members.First(m => !closed.IsInvited(m.Id)).Id;

        Assert.Contains(await Queries.OnDayAsync(Today, Viewer.Member(invited)), m => m.Id == closed.Id);
        Assert.DoesNotContain(await Queries.OnDayAsync(Today, Viewer.Member(outsider)), m => m.Id == closed.Id);
        Assert.Null(await Queries.FindAsync(closed.Id, Viewer.Public));
    }

    [Fact]
    public async Task A_committee_range_includes_its_sub_committees()
    {
        var meetings = await Queries.InRangeAsync(Today.AddDays(-14), Today.AddDays(14), Viewer.Staff, "finance");

        Assert.Contains(meetings, m => m.BodyId == "finance");
        Assert.Contains(meetings, m => m.BodyId.StartsWith("finance-sub-", StringComparison.Ordinal));
        Assert.All(meetings, m => Assert.True(m.BodyId == "finance" || m.ParentBodyId == "finance"));
    }

    [Fact]
    public async Task The_next_meeting_is_the_first_coming_one_that_is_not_cancelled()
    {
        var now = demo.Features.Time.GetUtcNow();
        var next = await Queries.NextAsync(Committee.SenateId, Viewer.Public, now);

        Assert.NotNull(next);
        Assert.True(next.Start >= now);
        Assert.NotEqual(MeetingStatus.Cancelled, next.Status);
        Assert.Equal(DayOfWeek.Monday, BangkokTime.DateOf(next.Start).DayOfWeek);
    }

    [Fact]
    public async Task My_meetings_are_only_those_i_am_invited_to()
    {
        var mine = await Queries.ForMemberAsync("17", Today, Today.AddDays(13));

        Assert.NotEmpty(mine);
        Assert.All(mine, m => Assert.Contains("17", m.Invited));
    }
}
