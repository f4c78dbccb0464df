using System.Text.Json;
using Senate.ChatBot.Features.Demo;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.UnitTests.Features;

public sealed class DemoDataTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DemoData Data = DemoData.Around(Today);

    [Fact]
    public void The_same_day_always_gives_the_same_data() =>
        Assert.Equal(JsonSerializer.Serialize(Data), JsonSerializer.Serialize(DemoData.Around(Today)));

    [Fact]
    public void It_has_the_size_of_the_real_senate()
    {
        Assert.Equal(200, Data.Members.Count);
        Assert.Equal(500, Data.Items.Count);
        Assert.Equal(21, Data.Committees.Count(c => c.Kind == BodyKind.StandingCommittee));
        Assert.InRange(Data.Meetings.Count, 300, 700);
        Assert.Equal(Data.Items.Count, Data.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(Data.Meetings.Count, Data.Meetings.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void Meetings_span_about_three_months_around_today_and_held_ones_are_in_the_past()
    {
        var days = Data.Meetings.Select(m => BangkokTime.DateOf(m.Start)).ToList();
        Assert.InRange(days.Min(), Today.AddDays(-49), Today.AddDays(-40));
        Assert.InRange(days.Max(), Today.AddDays(40), Today.AddDays(49));
        Assert.All(Data.Meetings.Where(m => m.Status == MeetingStatus.Held), m => Assert.True(BangkokTime.DateOf(m.Start) < Today));
        Assert.Contains(Data.Meetings, m => BangkokTime.DateOf(m.Start) == Today);
    }

    [Fact]
    public void Every_member_is_plainly_fictional_and_one_prefers_accessible_formats()
    {
        Assert.All(Data.Members, m => Assert.EndsWith("สาธิต", m.ThaiName, StringComparison.Ordinal));
        Assert.All(Data.Members, m => Assert.EndsWith("-Sathit", m.EnglishName, StringComparison.Ordinal));
        Assert.Single(Data.Members, m => m.PreferredFormats.Count > 0);
    }

    [Fact]
    public void Meeting_documents_exist_on_the_shelf()
    {
        var shelf = Data.Items.Select(i => i.Id).ToHashSet();
        Assert.All(Data.Meetings.SelectMany(m => m.Documents), id => Assert.Contains(id, shelf));
        Assert.Contains(Data.Meetings, m => m.Documents.Count > 0);
    }
}
