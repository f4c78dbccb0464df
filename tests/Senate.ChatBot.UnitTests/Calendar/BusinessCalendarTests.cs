using Senate.ChatBot.Features.Calendar;
using static Senate.ChatBot.UnitTests.Calendar.Calendars;

namespace Senate.ChatBot.UnitTests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Calendar = Repository;

    [Fact]
    public void The_2026_list_is_exactly_the_Cabinets_list()
    {
        string[] expected =
        [
            "2026-01-01", "2026-01-02", "2026-03-03", "2026-04-06", "2026-04-13", "2026-04-14", "2026-04-15",
            "2026-05-04", "2026-06-01", "2026-06-03", "2026-07-28", "2026-07-29", "2026-07-30", "2026-08-12",
            "2026-10-13", "2026-10-23", "2026-12-07", "2026-12-10", "2026-12-31",
        ];
        var listed = HolidayData.Embedded.Holidays.Where(h => h.Date.Year == 2026).Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, listed);
        Assert.Contains(HolidayData.Embedded.Holidays, h => h.Date == new DateOnly(2025, 12, 31));
    }

    [Fact]
    public void The_data_covers_2025_to_2027_and_lists_no_weekend()
    {
        Assert.Equal((2025, 2027), (HolidayData.Embedded.FirstYear, HolidayData.Embedded.LastYear));
        Assert.All(HolidayData.Embedded.Holidays, h => Assert.False(h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, h.English));
        Assert.All(HolidayData.Embedded.Holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.Thai)));
        Assert.Equal(HolidayData.Embedded.Holidays.Count, HolidayData.Embedded.Holidays.Select(h => h.Date).Distinct().Count());
    }

    [Theory]
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-11-29", false)] // Sunday
    [InlineData("2026-11-30", true)]
    [InlineData("2026-12-07", false)] // substitute for Father's Day
    [InlineData("2026-12-05", false)] // Saturday, the holiday itself
    public void Weekends_and_holidays_are_not_business_days(string day, bool expected)
    {
        Assert.Equal(expected, Calendar.IsBusinessDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_long_holiday_run_is_skipped_in_one_step()
    {
        // Wed 31 Dec 2025 to Sun 4 Jan 2026 are all closed.
        Assert.Equal(new DateOnly(2026, 1, 5), Calendar.NextBusinessDay(new DateOnly(2025, 12, 30)));
        Assert.Equal(new DateOnly(2025, 12, 30), Calendar.PreviousBusinessDay(new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void Business_time_counts_only_office_hours_on_business_days()
    {
        // Fri 27 Nov 2026 15:00 to Mon 30 Nov 10:00: 1.5 h + 1.5 h.
        Assert.Equal(TimeSpan.FromHours(3), Calendar.BusinessTimeBetween(Bkk(2026, 11, 27, 15), Bkk(2026, 11, 30, 10)));
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(Bkk(2026, 11, 28, 9), Bkk(2026, 11, 29, 15)));
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(Bkk(2026, 11, 30, 10), Bkk(2026, 11, 27, 15)));
    }

    [Fact]
    public void Adding_business_time_starts_at_opening_when_given_a_closed_moment()
    {
        Assert.Equal(Bkk(2026, 11, 30, 9, 30), Calendar.AddBusinessTime(Bkk(2026, 11, 28, 22), TimeSpan.FromHours(1)));
        Assert.Equal(Bkk(2026, 11, 30, 8, 30), Calendar.AddBusinessTime(Bkk(2026, 11, 30, 7), TimeSpan.Zero));
    }

    [Fact]
    public void Days_outside_the_data_are_reported_as_not_covered()
    {
        Assert.True(Calendar.Covers(new DateOnly(2026, 1, 1)));
        Assert.False(Calendar.Covers(new DateOnly(2028, 1, 3)));
    }
}
