using Marten;
using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints.Clock;

/// <summary>
/// Raises "due soon" and "overdue" for every open, running deadline, and escalates an overdue
/// complaint to the supervisors. Each level is an event in the complaint's stream, appended only if
/// the stream is still at the version it was decided on, so with two hosts running this at the same
/// moment one append wins and the other finds the level already raised: warnings, their
/// notifications and the escalation happen exactly once. A host that was down simply finds the
/// overdue complaints on its next run.
/// </summary>
public sealed class ComplaintClock(IDocumentStore store, BusinessCalendars calendars, ComplaintWriter writer, TimeProvider time)
{
    public const string EscalationReason = "เกินกำหนดตอบ 3 วันทำการ";

    /// <summary>Raises what is due now; returns how many complaints changed and the next moment something falls due.</summary>
    public async Task<(int Raised, DateTimeOffset? Next)> RunAsync(CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var now = time.GetUtcNow();
        IReadOnlyList<Complaint> running;
        await using (var session = store.QuerySession())
        {
            running = await session.Query<Complaint>().Where(c => c.IsOpen && !c.IsPaused).ToListAsync(cancellationToken);
        }

        var raised = 0;
        DateTimeOffset? next = null;
        foreach (var complaint in running)
        {
            if (Decide(complaint, calendar, now).Count > 0 && await TryRaiseAsync(complaint.Id, cancellationToken))
            {
                raised++;
            }

            foreach (var moment in Upcoming(complaint, calendar, now))
            {
                next = next is null || moment < next ? moment : next;
            }
        }

        return (raised, next);
    }

    private async Task<bool> TryRaiseAsync(Guid id, CancellationToken cancellationToken)
    {
        var raised = false;
        try
        {
            // Decided again on the stream as it is now: another host may have raised the level already.
            await writer.ChangeAsync(id, null, change =>
            {
                var events = Decide(change.Complaint, change.Calendar, change.Now);
                raised = events.Count > 0;
                return events;
            }, cancellationToken);
            return raised;
        }
        catch (ComplaintChangedException)
        {
            return false;
        }
    }

    private static List<IComplaintEvent> Decide(Complaint complaint, BusinessCalendar calendar, DateTimeOffset now)
    {
        var events = new List<IComplaintEvent>();
        if (!complaint.IsOpen || complaint.IsPaused)
        {
            return events;
        }

        foreach (var (deadline, due, level) in Deadlines(complaint))
        {
            var reached = Level(calendar, due, now);
            if (reached > level)
            {
                events.Add(new ComplaintDeadlineWarned(deadline, reached, due, Actor.Clock, now));
            }

            if (reached == WarningLevel.Overdue && !complaint.Escalated && !events.OfType<ComplaintEscalated>().Any())
            {
                events.Add(new ComplaintEscalated(EscalationReason, Actor.Clock, now));
            }
        }

        return events;
    }

    private static IEnumerable<DateTimeOffset> Upcoming(Complaint complaint, BusinessCalendar calendar, DateTimeOffset now) =>
        Deadlines(complaint)
            .SelectMany(d => new[] { calendar.DueSoonFrom(d.Due), d.Due })
            .Where(moment => moment > now);

    private static IEnumerable<(Deadline Deadline, DateTimeOffset Due, WarningLevel Level)> Deadlines(Complaint complaint)
    {
        yield return (Deadline.Answer, complaint.DueAt, complaint.AnswerWarning);
        if (complaint.WorkingGroupDueAt is { } groupDue)
        {
            yield return (Deadline.WorkingGroup, groupDue, complaint.WorkingGroupWarning);
        }
    }

    private static WarningLevel Level(BusinessCalendar calendar, DateTimeOffset due, DateTimeOffset now) =>
        now >= due ? WarningLevel.Overdue
        : now >= calendar.DueSoonFrom(due) ? WarningLevel.DueSoon
        : WarningLevel.None;
}
