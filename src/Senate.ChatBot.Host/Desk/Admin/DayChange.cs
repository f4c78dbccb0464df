using System.Globalization;
using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Host.Desk.Admin;

/// <summary>An administrator's request to make one day a holiday or a working day, checked before the calendar changes.</summary>
internal sealed record DayChange(DateOnly Date, bool IsHoliday, string Thai, string English)
{
    public const int MaxNameLength = 200;

    /// <summary>The change, or the desk word that says what is wrong with the form.</summary>
    public static (DayChange? Change, string? Problem) Read(string? date, bool? isHoliday, string? thai, string? english, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (null, "dayBadDate");
        }

        // Outside the covered years the calendar knows weekends only, so a change there would be silently incomplete.
        if (!calendar.Covers(day))
        {
            return (null, "dayOutside");
        }

        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return (null, "dayWeekend");
        }

        if (isHoliday is null)
        {
            return (null, "dayKindMissing");
        }

        var thaiName = thai?.Trim() ?? "";
        var englishName = english?.Trim() ?? "";
        if (thaiName.Length == 0 || thaiName.Length > MaxNameLength || englishName.Length > MaxNameLength)
        {
            return (null, "dayNameMissing");
        }

        return (new DayChange(day, isHoliday.Value, thaiName, englishName), null);
    }
}
