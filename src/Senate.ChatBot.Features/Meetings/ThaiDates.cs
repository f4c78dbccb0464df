using System.Globalization;

namespace Senate.ChatBot.Features.Meetings;

/// <summary>
/// Dates and times as people read them: Thai in the Buddhist calendar ("วันพฤหัสบดีที่ 26 พฤศจิกายน 2569
/// เวลา 09.30 น."), English in day-month-year words. Plain words, so a screen reader says them right.
/// </summary>
public static class ThaiDates
{
    private static readonly CultureInfo Thai = BuddhistThai();
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly day, bool english = false)
    {
        if (english)
        {
            return day.ToString("dddd d MMMM yyyy", English);
        }

        // ICU names Thai weekdays with "วัน" ("วันพฤหัสบดี"); other globalization data may not.
        var weekday = day.ToString("dddd", Thai);
        return (weekday.StartsWith("วัน", StringComparison.Ordinal) ? weekday : "วัน" + weekday) + "ที่ " + day.ToString("d MMMM yyyy", Thai);
    }

    public static string Time(DateTimeOffset instant, bool english = false)
    {
        var local = BangkokTime.ToLocal(instant);
        return english
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("HH.mm", CultureInfo.InvariantCulture) + " น.";
    }

    /// <summary>"วันพฤหัสบดีที่ 26 พฤศจิกายน 2569 เวลา 09.30 น." / "Thursday 26 November 2026 at 09:30".</summary>
    public static string DayAndTime(DateTimeOffset instant, bool english = false) =>
        Day(BangkokTime.DateOf(instant), english) + (english ? " at " : " เวลา ") + Time(instant, english);

    /// <summary>"09.30–12.00 น." / "09:30–12:00".</summary>
    public static string TimeRange(DateTimeOffset start, DateTimeOffset end, bool english = false) =>
        english
            ? $"{Time(start, true)}–{Time(end, true)}"
            : $"{BangkokTime.ToLocal(start).ToString("HH.mm", CultureInfo.InvariantCulture)}–{Time(end)}";

    /// <summary>"31 ธันวาคม 2565" / "31 December 2022": a date without its weekday.</summary>
    public static string Date(DateOnly day, bool english = false) =>
        day.ToString("d MMMM yyyy", english ? English : Thai);

    /// <summary>"ตุลาคม 2569" / "October 2026".</summary>
    public static string Month(DateOnly anyDay, bool english = false) =>
        anyDay.ToString("MMMM yyyy", english ? English : Thai);

    private static CultureInfo BuddhistThai()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("th-TH").Clone();
        culture.DateTimeFormat.Calendar = new ThaiBuddhistCalendar();
        return CultureInfo.ReadOnly(culture);
    }
}
