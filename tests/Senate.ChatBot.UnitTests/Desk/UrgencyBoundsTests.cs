using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Host.Desk.Cases;
using static Senate.ChatBot.UnitTests.Calendar.Calendars;

namespace Senate.ChatBot.UnitTests.Desk;

/// <summary>The inbox and the dashboard count urgency in the database by due-date bounds; they must sort every complaint as the clock rule does.</summary>
public sealed class UrgencyBoundsTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private static readonly TimeSpan Opens = new(8, 30, 0);
    private static readonly TimeSpan Closes = new(16, 30, 0);

    // Office edges to the tick, and ordinary hours in and out of the office.
    private static readonly TimeSpan[] Clocks =
    [
        TimeSpan.Zero, new(7, 0, 0), Opens - Tick, Opens, Opens + Tick, new(10, 17, 0), new(12, 0, 0),
        Closes - Tick, Closes, Closes + Tick, new(19, 45, 0), new(23, 59, 59),
    ];

    // Days around Chakri Day (Mon 6 April 2026) and Songkran (Mon 13 to Wed 15 April 2026), weekends included.
    private static IEnumerable<DateTimeOffset> Moments(DateTimeOffset firstDay, int days) =>
        from day in Enumerable.Range(0, days)
        from clock in Clocks
        select firstDay.AddDays(day) + clock;

    [Fact]
    public void Every_due_moment_gets_the_inbox_urgency_at_every_moment_of_the_weeks_around_songkran()
    {
        var calendar = Repository;
        var mismatches = new List<string>();
        foreach (var now in Moments(Bkk(2026, 4, 2), 18))
        {
            var bounds = UrgencyBounds.At(calendar, now);
            foreach (var due in Moments(DayOf(now).AddDays(-1), 11))
            {
                var complaint = new Complaint { IsOpen = true, DueAt = due };
                var inbox = ByRule(complaint, calendar, now);
                if (bounds.Of(complaint) != inbox)
                {
                    mismatches.Add($"now {now:O} due {due:O}: rule {inbox}, bounds {bounds.Of(complaint)}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_query_conditions_select_what_the_inbox_calls_overdue_and_due_soon()
    {
        var calendar = Repository;
        foreach (var now in Moments(Bkk(2026, 4, 9), 8))
        {
            var bounds = UrgencyBounds.At(calendar, now);
            var (overdue, dueSoon) = (bounds.Overdue().Compile(), bounds.DueSoon().Compile());
            foreach (var due in Moments(DayOf(now).AddDays(-1), 9))
            {
                foreach (var complaint in Variants(due))
                {
                    var inbox = ByRule(complaint, calendar, now);
                    Assert.Equal(inbox == Urgency.Overdue, overdue(complaint));
                    Assert.Equal(inbox == Urgency.DueSoon, dueSoon(complaint));
                }
            }
        }
    }

    [Fact]
    public void On_the_friday_before_songkran_due_soon_reaches_to_the_same_hour_on_the_thursday_after()
    {
        var bounds = UrgencyBounds.At(Repository, Bkk(2026, 4, 10, 10));

        Assert.Equal(Bkk(2026, 4, 16, 10), bounds.DueSoonUntil);
        Assert.True(bounds.UntilInclusive);
    }

    [Fact]
    public void After_closing_time_due_soon_stops_short_of_the_next_office_day_close()
    {
        var bounds = UrgencyBounds.At(Repository, Bkk(2026, 4, 10, 16, 30));

        Assert.Equal(Bkk(2026, 4, 16, 16, 30), bounds.DueSoonUntil);
        Assert.False(bounds.UntilInclusive);
    }

    [Fact]
    public void Paused_and_resolved_complaints_are_neither_overdue_nor_due_soon()
    {
        var bounds = UrgencyBounds.At(Repository, Bkk(2026, 4, 10, 10));
        var late = Bkk(2026, 4, 1, 16, 30);

        Assert.Equal(Urgency.Paused, bounds.Of(new Complaint { IsOpen = true, IsPaused = true, DueAt = late }));
        Assert.Equal(Urgency.Closed, bounds.Of(new Complaint { IsOpen = false, DueAt = late }));
        Assert.False(bounds.Overdue().Compile()(new Complaint { IsOpen = true, IsPaused = true, DueAt = late }));
    }

    // The rule as ResponseClock states it, moment by moment.
    private static Urgency ByRule(Complaint complaint, BusinessCalendar calendar, DateTimeOffset now) =>
        !complaint.IsOpen ? Urgency.Closed
        : complaint.IsPaused ? Urgency.Paused
        : now >= complaint.DueAt ? Urgency.Overdue
        : now >= calendar.DueSoonFrom(complaint.DueAt) ? Urgency.DueSoon
        : Urgency.OnTime;

    private static DateTimeOffset DayOf(DateTimeOffset bangkok) => new(bangkok.Date, bangkok.Offset);

    private static Complaint[] Variants(DateTimeOffset due) =>
    [
        new() { IsOpen = true, DueAt = due },
        new() { IsOpen = true, IsPaused = true, DueAt = due },
        new() { IsOpen = false, DueAt = due },
    ];
}
