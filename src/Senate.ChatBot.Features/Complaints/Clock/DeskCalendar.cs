using Marten;
using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints.Clock;

/// <summary>
/// A desk administrator changes the business calendar (a special holiday the Cabinet announced,
/// or a holiday called off); every open complaint whose due moments move gets a
/// <see cref="ComplaintDueDatesRecomputed"/> event saying so.
/// </summary>
public sealed class DeskCalendar(IDocumentStore store, BusinessCalendars calendars, ComplaintWriter writer)
{
    /// <summary>Sets the day and returns how many open complaints got new due moments.</summary>
    public async Task<int> SetDayAsync(DateOnly date, bool isHoliday, string thai, string english, Actor by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(thai);
        await calendars.SetDayAsync(date, isHoliday, thai.Trim(), string.IsNullOrWhiteSpace(english) ? thai.Trim() : english.Trim(), by.Id, cancellationToken);
        IReadOnlyList<Guid> open;
        await using (var session = store.QuerySession())
        {
            open = await session.Query<Complaint>().Where(c => c.IsOpen).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var reason = $"{(isHoliday ? "วันหยุดเพิ่ม" : "ยกเลิกวันหยุด")} {CalendarOverride.IdFor(date)} {thai.Trim()}";
        var moved = 0;
        foreach (var id in open)
        {
            moved += await RecomputeAsync(id, reason, by, cancellationToken) ? 1 : 0;
        }

        return moved;
    }

    // A desk edit at the same moment wins the race; the due moments are then worked out again on top of it.
    private async Task<bool> RecomputeAsync(Guid id, string reason, Actor by, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var moved = false;
            try
            {
                await writer.ChangeAsync(id, null, change =>
                {
                    var (due, groupDue) = change.Complaint.Deadlines(change.Calendar);
                    moved = due != change.Complaint.DueAt || groupDue != change.Complaint.WorkingGroupDueAt;
                    return moved ? [new ComplaintDueDatesRecomputed(due, groupDue, reason, by, change.Now)] : [];
                }, cancellationToken);
                return moved;
            }
            catch (ComplaintChangedException) when (attempt < 3)
            {
            }
        }
    }
}
