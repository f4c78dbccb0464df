using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Calendar;

/// <summary>
/// The complaint clock rule. A complaint is due at 16:30 on the 3rd business day after the
/// calendar day on which it was received (Asia/Bangkok); the day of receipt never counts, whatever
/// the hour. Matters forwarded to a working group get a second deadline, 15 business days after
/// receipt by the same rule. While information is requested from the complainant the clock stops;
/// on resume the office time that was left (business minutes within 08:30–16:30) is added from the
/// resume moment.
/// </summary>
public static class ResponseClock
{
    public const int AnswerDays = 3;
    public const int WorkingGroupDays = 15;

    public static DateTimeOffset DueAt(this BusinessCalendar calendar, DateTimeOffset received, int businessDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return BusinessCalendar.InBangkok(calendar.AddBusinessDays(BangkokTime.DateOf(received), businessDays), BusinessCalendar.ClosesAt);
    }

    /// <summary>The new due moment after a pause; a pause that began after the due moment changes nothing.</summary>
    public static DateTimeOffset Resume(this BusinessCalendar calendar, DateTimeOffset due, DateTimeOffset pausedAt, DateTimeOffset resumedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var remaining = calendar.BusinessTimeBetween(pausedAt, due);
        var resumed = resumedAt > pausedAt ? resumedAt : pausedAt;
        return remaining > TimeSpan.Zero ? calendar.AddBusinessTime(resumed, remaining) : due;
    }

    /// <summary>The due moment from scratch: the rule from <paramref name="started"/>, then every finished pause in order.</summary>
    public static DateTimeOffset Deadline(this BusinessCalendar calendar, DateTimeOffset started, int businessDays, IEnumerable<ClockPause> pauses)
    {
        ArgumentNullException.ThrowIfNull(pauses);
        var due = calendar.DueAt(started, businessDays);
        foreach (var pause in pauses.Where(p => p.ResumedAt is not null).OrderBy(p => p.PausedAt))
        {
            due = calendar.Resume(due, pause.PausedAt, pause.ResumedAt!.Value);
        }

        return due;
    }

    /// <summary>
    /// From this moment a complaint is "due soon": the last office day before the due moment has
    /// begun, so less than one business day (480 business minutes) remains — 08:30 on the due day.
    /// </summary>
    public static DateTimeOffset DueSoonFrom(this BusinessCalendar calendar, DateTimeOffset due)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.SubtractBusinessTime(due, BusinessCalendar.OfficeDay);
    }
}

/// <summary>A stop of the clock while the complaint waits for the complainant; open while <see cref="ResumedAt"/> is null.</summary>
public sealed record ClockPause(DateTimeOffset PausedAt, DateTimeOffset? ResumedAt);
