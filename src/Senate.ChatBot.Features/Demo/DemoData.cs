using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// The demonstration data set, made from a fixed seed around a given day: the same day always gives
/// the same documents, so seeding twice changes nothing.
/// </summary>
public sealed record DemoData(
    IReadOnlyList<Committee> Committees,
    IReadOnlyList<MemberRecord> Members,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<BookshelfItem> Items)
{
    public const int Seed = 2569;

    public static DemoData Around(DateOnly today)
    {
        var members = DemoMembers.Create(DemoCommittees.StandingCommittees);
        var bodies = DemoCommittees.All;
        List<Meeting> meetings = [.. DemoMeetings.Sittings(members, today), .. DemoMeetings.Create(bodies, members, today)];
        meetings.Sort((a, b) => a.Start.CompareTo(b.Start));
        var items = DemoBookshelf.Create(meetings, DemoCommittees.StandingCommittees, today);
        var documentsOf = items.Where(i => i.MeetingId is not null).ToLookup(i => i.MeetingId!);
        return new DemoData(
            bodies,
            DemoMembers.WithHistory(members, meetings, today),
            [.. meetings.Select(m => m with { Documents = [.. documentsOf[m.Id].Select(i => i.Id)] })],
            items);
    }
}
