using System.Linq.Expressions;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>
/// The due moments that split open complaints into overdue, due soon and on time at one moment,
/// so the database can filter and count them by their due date alone.
/// </summary>
internal sealed record UrgencyBounds(DateTimeOffset Now, DateTimeOffset DueSoonUntil, bool UntilInclusive)
{
    public static UrgencyBounds At(BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        // DueSoonFrom grows with the due moment, so "due soon" is every due moment up to a threshold:
        // one office day of office time from now, that moment itself only once its own due-soon moment has come.
        var until = calendar.AddBusinessTime(now, BusinessCalendar.OfficeDay);
        if (calendar.DueSoonFrom(until) > now)
        {
            return new(now, until, UntilInclusive: false);
        }

        // A due moment after closing time counts from the next opening, so it shares closing time's due-soon moment.
        var day = BangkokTime.DateOf(until);
        return until == BusinessCalendar.InBangkok(day, BusinessCalendar.ClosesAt)
            ? new(now, BusinessCalendar.InBangkok(calendar.NextBusinessDay(day), BusinessCalendar.OpensAt), UntilInclusive: true)
            : new(now, until, UntilInclusive: true);
    }

    public bool IsOverdue(DateTimeOffset due) => due <= Now;

    public bool IsDueSoon(DateTimeOffset due) => due > Now && (UntilInclusive ? due <= DueSoonUntil : due < DueSoonUntil);

    public Urgency Of(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return !complaint.IsOpen ? Urgency.Closed
            : complaint.IsPaused ? Urgency.Paused
            : IsOverdue(complaint.DueAt) ? Urgency.Overdue
            : IsDueSoon(complaint.DueAt) ? Urgency.DueSoon
            : Urgency.OnTime;
    }

    /// <summary>The overdue complaints as a query condition.</summary>
    public Expression<Func<Complaint, bool>> Overdue()
    {
        // PostgreSQL takes timestamptz parameters in UTC only.
        var now = Now.ToUniversalTime();
        return c => c.IsOpen && !c.IsPaused && c.DueAt <= now;
    }

    /// <summary>The due-soon complaints as a query condition.</summary>
    public Expression<Func<Complaint, bool>> DueSoon()
    {
        var (now, until) = (Now.ToUniversalTime(), DueSoonUntil.ToUniversalTime());
        return UntilInclusive
            ? c => c.IsOpen && !c.IsPaused && c.DueAt > now && c.DueAt <= until
            : c => c.IsOpen && !c.IsPaused && c.DueAt > now && c.DueAt < until;
    }
}
