using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Meetings;
using static Senate.ChatBot.UnitTests.Calendar.Calendars;

namespace Senate.ChatBot.UnitTests.Calendar;

/// <summary>The clock rule checked over many moments of the years the holiday data covers.</summary>
public sealed class ResponseClockProperties
{
    private static readonly BusinessCalendar Calendar = Repository;
    private static readonly DateTimeOffset First = Bkk(2025, 1, 1);

    // Moments up to November 2027, so that even a 20-day deadline stays inside the data.
    private static readonly Gen<DateTimeOffset> Moment =
        Gen.Choose(0, (int)(Bkk(2027, 11, 15) - First).TotalMinutes).Select(m => First.AddMinutes(m));

    private static readonly Gen<int> Days = Gen.Choose(1, 20);

    [Property(MaxTest = 500)]
    public Property Due_is_a_business_day_at_half_past_four_in_Bangkok() =>
        Prop.ForAll(Arb.From(Moment), Arb.From(Days), (received, days) =>
        {
            var due = Calendar.DueAt(received, days);
            return Calendar.IsBusinessDay(BangkokTime.DateOf(due))
                && BangkokTime.ToLocal(due).TimeOfDay == BusinessCalendar.ClosesAt.ToTimeSpan()
                && due.Offset == TimeSpan.FromHours(7);
        });

    [Property(MaxTest = 500)]
    public Property Due_is_exactly_the_given_number_of_business_days_after_the_day_of_receipt() =>
        Prop.ForAll(Arb.From(Moment), Arb.From(Days), (received, days) =>
        {
            var due = Calendar.DueAt(received, days);
            return Calendar.BusinessDaysBetween(BangkokTime.DateOf(received), BangkokTime.DateOf(due)) == days
                && Calendar.BusinessTimeBetween(received, due) >= BusinessCalendar.OfficeDay * days;
        });

    [Property(MaxTest = 500)]
    public Property Adding_business_time_then_measuring_it_gives_it_back() =>
        Prop.ForAll(Arb.From(Moment), Arb.From(Gen.Choose(0, 5 * 480)), (start, minutes) =>
        {
            var amount = TimeSpan.FromMinutes(minutes);
            var end = Calendar.AddBusinessTime(start, amount);
            return Calendar.BusinessTimeBetween(start, end) == amount
                && Calendar.SubtractBusinessTime(end, amount) <= end
                && Calendar.BusinessTimeBetween(Calendar.SubtractBusinessTime(end, amount), end) == amount;
        });

    [Property(MaxTest = 500)]
    public Property A_pause_never_brings_the_due_moment_forward_and_an_instant_resume_changes_nothing() =>
        Prop.ForAll(Arb.From(Moment), Arb.From(Gen.Choose(0, 6 * 24 * 60)), Arb.From(Gen.Choose(0, 20 * 24 * 60)), (received, pauseAfter, pauseFor) =>
        {
            var due = Calendar.DueAt(received, ResponseClock.AnswerDays);
            var pausedAt = received.AddMinutes(pauseAfter);
            var resumed = Calendar.Resume(due, pausedAt, pausedAt.AddMinutes(pauseFor));
            var local = BangkokTime.ToLocal(resumed).TimeOfDay;
            return resumed >= due
                && Calendar.Resume(due, pausedAt, pausedAt) == due
                && Calendar.IsBusinessDay(BangkokTime.DateOf(resumed))
                && local > BusinessCalendar.OpensAt.ToTimeSpan()
                && local <= BusinessCalendar.ClosesAt.ToTimeSpan();
        });
}
