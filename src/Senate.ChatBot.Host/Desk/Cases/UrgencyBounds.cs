using System.Linq.Expressions;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>
/// The inbox's urgency at one moment as two due-moment bounds, so a database query can count it:
/// overdue is due at or before <see cref="Now"/>; due soon is due after it and before (or at)
/// <see cref="DueSoonUntil"/>. <see cref="Of"/> answers exactly as <see cref="InboxRow.Of"/> does.
/// </summary>
internal sealed record UrgencyBounds(DateTimeOffset Now, DateTimeOffset DueSoonUntil, bool UntilInclusive)
{
    /// <summary>
    /// <see cref="ResponseClock.DueSoonFrom"/> grows with the due moment, so "due soon" is every
    /// due moment up to the last one whose final office day has already begun.
    /// </summary>
    public static UrgencyBounds At(BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var local = BangkokTime.ToLocal(now);
        var day = DateOnly.FromDateTime(local.DateTime);
        var clock = TimeOnly.FromTimeSpan(local.TimeOfDay);
        if (calendar.IsBusinessDay(day) && clock >= BusinessCalendar.OpensAt && clock < BusinessCalendar.ClosesAt)
        {
            // In office hours one office day from now ends at this clock time on the next business day.
            return new(now, BusinessCalendar.InBangkok(calendar.NextBusinessDay(day), clock), UntilInclusive: true);
        }

        // Out of office hours the next office day has not begun: a complaint due at its close is not yet due soon.
        var next = calendar.IsBusinessDay(day) && clock < BusinessCalendar.OpensAt ? day : calendar.NextBusinessDay(day);
        return new(now, BusinessCalendar.InBangkok(next, BusinessCalendar.ClosesAt), UntilInclusive: false);
    }

    public Urgency Of(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return !complaint.IsOpen ? Urgency.Closed
            : complaint.IsPaused ? Urgency.Paused
            : complaint.DueAt <= Now ? Urgency.Overdue
            : (UntilInclusive ? complaint.DueAt <= DueSoonUntil : complaint.DueAt < DueSoonUntil) ? Urgency.DueSoon
            : Urgency.OnTime;
    }

    /// <summary>The overdue complaints as a query condition.</summary>
    public Expression<Func<Complaint, bool>> Overdue()
    {
        var now = Now;
        return c => c.IsOpen && !c.IsPaused && c.DueAt <= now;
    }

    /// <summary>The due-soon complaints as a query condition.</summary>
    public Expression<Func<Complaint, bool>> DueSoon()
    {
        var (now, until) = (Now, DueSoonUntil);
        return UntilInclusive
            ? c => c.IsOpen && !c.IsPaused && c.DueAt > now && c.DueAt <= until
            : c => c.IsOpen && !c.IsPaused && c.DueAt > now && c.DueAt < until;
    }
}
