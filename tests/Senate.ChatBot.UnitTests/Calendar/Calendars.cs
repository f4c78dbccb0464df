using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.UnitTests.Calendar;

/// <summary>The calendar as the repository's holiday list defines it, and Bangkok moments written briefly.</summary>
internal static class Calendars
{
    public static BusinessCalendar Repository { get; } = new(
        HolidayData.Embedded.Holidays.Select(h => h.Date), HolidayData.Embedded.FirstYear, HolidayData.Embedded.LastYear);

    public static DateTimeOffset Bkk(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));
}
