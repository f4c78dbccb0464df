using Senate.ChatBot.Features.Calendar;
using static Senate.ChatBot.UnitTests.Calendar.Calendars;

namespace Senate.ChatBot.UnitTests.Calendar;

public sealed class ResponseClockTests
{
    private static readonly BusinessCalendar Calendar = Repository;

    [Fact]
    public void Friday_before_the_Visakha_substitute_and_the_Queens_birthday_is_due_the_next_Friday()
    {
        Assert.Equal(Bkk(2026, 6, 5, 16, 30), Calendar.DueAt(Bkk(2026, 5, 29, 10), 3));
    }

    [Fact]
    public void Received_during_the_three_July_holidays_is_due_the_next_Tuesday()
    {
        Assert.Equal(Bkk(2026, 8, 4, 16, 30), Calendar.DueAt(Bkk(2026, 7, 29, 9), 3));
    }

    [Fact]
    public void New_Years_Eve_2025_runs_over_the_year_end_holidays_to_7_January()
    {
        Assert.Equal(Bkk(2026, 1, 7, 16, 30), Calendar.DueAt(Bkk(2025, 12, 31, 23, 59), 3));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 0)]
    [InlineData(16, 31)]
    [InlineData(23, 59)]
    public void The_day_of_receipt_never_counts_whatever_the_hour(int hour, int minute)
    {
        // Monday 2 March 2026 (a working day; Tuesday 3 March is Makha Bucha).
        Assert.Equal(Bkk(2026, 3, 6, 16, 30), Calendar.DueAt(Bkk(2026, 3, 2, hour, minute), 3));
    }

    [Fact]
    public void The_Bangkok_day_decides_not_the_UTC_day()
    {
        // 18:00 UTC on Thursday is already Friday 01:00 in Bangkok.
        var received = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero);
        Assert.Equal(Bkk(2026, 12, 2, 16, 30), Calendar.DueAt(received, 3));
    }

    [Fact]
    public void Received_on_a_Saturday_starts_counting_on_Monday()
    {
        Assert.Equal(Bkk(2026, 11, 25, 16, 30), Calendar.DueAt(Bkk(2026, 11, 21, 11), 3));
    }

    [Fact]
    public void Songkran_week_is_skipped()
    {
        // Friday 10 April 2026; 13–15 April are Songkran.
        Assert.Equal(Bkk(2026, 4, 20, 16, 30), Calendar.DueAt(Bkk(2026, 4, 10, 15), 3));
    }

    [Fact]
    public void The_working_group_deadline_is_fifteen_business_days_by_the_same_rule()
    {
        // From Friday 29 May 2026: 1 and 3 June are holidays, so day 15 is Tuesday 23 June.
        Assert.Equal(Bkk(2026, 6, 23, 16, 30), Calendar.DueAt(Bkk(2026, 5, 29, 10), ResponseClock.WorkingGroupDays));
    }

    [Fact]
    public void A_pause_adds_the_office_time_that_was_left_from_the_resume_moment()
    {
        // Received Mon 2 Nov 2026, due Thu 5 Nov 16:30. Paused Tue 3 Nov 12:00: 4.5 h + 8 h + 8 h = 20.5 h left.
        var due = Calendar.DueAt(Bkk(2026, 11, 2, 9), 3);
        var resumed = Calendar.Resume(due, Bkk(2026, 11, 3, 12), Bkk(2026, 11, 9, 15));
        // From Mon 9 Nov 15:00: 1.5 h that day, 8 h Tue, 8 h Wed, 3 h on Thu 12 Nov → 11:30.
        Assert.Equal(Bkk(2026, 11, 12, 11, 30), resumed);
    }

    [Fact]
    public void A_pause_outside_office_hours_keeps_whole_days_and_ends_at_closing_time()
    {
        var due = Calendar.DueAt(Bkk(2026, 11, 2, 9), 3);
        var resumed = Calendar.Resume(due, Bkk(2026, 11, 2, 20), Bkk(2026, 11, 7, 10));
        // Three whole office days were left; resumed on a Saturday, they run Mon–Wed.
        Assert.Equal(Bkk(2026, 11, 11, 16, 30), resumed);
    }

    [Fact]
    public void A_pause_after_the_due_moment_changes_nothing()
    {
        var due = Calendar.DueAt(Bkk(2026, 11, 2, 9), 3);
        Assert.Equal(due, Calendar.Resume(due, Bkk(2026, 11, 6, 9), Bkk(2026, 11, 20, 9)));
    }

    [Fact]
    public void The_deadline_from_scratch_applies_each_finished_pause_and_ignores_an_open_one()
    {
        var pauses = new[]
        {
            new ClockPause(Bkk(2026, 11, 3, 12), Bkk(2026, 11, 9, 15)),
            new ClockPause(Bkk(2026, 11, 10, 9), null),
        };
        Assert.Equal(Bkk(2026, 11, 12, 11, 30), Calendar.Deadline(Bkk(2026, 11, 2, 9), 3, pauses));
    }

    [Fact]
    public void Due_soon_begins_at_the_start_of_the_last_office_day()
    {
        Assert.Equal(Bkk(2026, 6, 5, 8, 30), Calendar.DueSoonFrom(Bkk(2026, 6, 5, 16, 30)));
        // After a pause the due moment may fall inside a day: one office day earlier is the day before.
        Assert.Equal(Bkk(2026, 11, 11, 11, 30), Calendar.DueSoonFrom(Bkk(2026, 11, 12, 11, 30)));
    }
}
