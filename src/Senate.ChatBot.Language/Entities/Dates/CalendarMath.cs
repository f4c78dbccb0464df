namespace Senate.ChatBot.Language.Entities.Dates;

/// <summary>Week, month and Buddhist-era arithmetic with the rules the bot promises (weeks run Monday to Sunday).</summary>
internal static class CalendarMath
{
    public const int BuddhistEraOffset = 543;

    public static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The given weekday in the week <paramref name="weeks"/> after (or before) today's week.</summary>
    public static DateOnly WeekdayOfWeek(DateOnly today, DayOfWeek day, int weeks) =>
        StartOfWeek(today).AddDays((7 * weeks) + (((int)day + 6) % 7));

    /// <summary>The first such weekday on or after today.</summary>
    public static DateOnly NextWeekday(DateOnly today, DayOfWeek day) => today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);

    public static (DateOnly Start, DateOnly End) Week(DateOnly today, int weeks)
    {
        var start = StartOfWeek(today).AddDays(7 * weeks);
        return (start, start.AddDays(6));
    }

    public static (DateOnly Start, DateOnly End) Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return (start, start.AddMonths(1).AddDays(-1));
    }

    public static (DateOnly Start, DateOnly End) Month(DateOnly today, int months)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(months);
        return Month(first.Year, first.Month);
    }

    /// <summary>
    /// A Gregorian year from what was written: four digits above 2400 are Buddhist era, other four digits
    /// Gregorian; two digits are Buddhist era (69 → 2569 → 2026) unless written after ค.ศ./AD.
    /// </summary>
    public static int Year(string digits, bool gregorianEra = false)
    {
        var year = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (digits.Length <= 2)
        {
            return gregorianEra ? 2000 + year : 2500 + year - BuddhistEraOffset;
        }

        return year > 2400 ? year - BuddhistEraOffset : year;
    }

    public static DateOnly? Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The next date on or after today with this day and month (29 February waits for a leap year).</summary>
    public static DateOnly? NextDayAndMonth(DateOnly today, int month, int day)
    {
        for (var year = today.Year; year <= today.Year + 8; year++)
        {
            if (Date(year, month, day) is { } date && date >= today)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The next date on or after today with this day of the month (the 31st skips shorter months).</summary>
    public static DateOnly? NextDayOfMonth(DateOnly today, int day)
    {
        for (var months = 0; months < 12; months++)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(months);
            if (Date(first.Year, first.Month, day) is { } date && date >= today)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The next month with this number that has not ended yet (this month counts).</summary>
    public static (DateOnly Start, DateOnly End) NextMonthNamed(DateOnly today, int month) =>
        Month(month >= today.Month ? today.Year : today.Year + 1, month);
}
