using System.Globalization;
using System.Text.RegularExpressions;

namespace Senate.ChatBot.Language.Entities.Dates;

/// <summary>
/// Dates written with numbers and month names: 2026-12-12, 12/12/2569, ๑๒/๑๒/๒๕๖๙, 12 ธ.ค. 69,
/// 12 ธันวาคม พ.ศ. 2569, December 12, 2026, 12-15 ธ.ค., เดือนธันวาคม, วันที่ 5 เดือนหน้า, the 15th.
/// A date without a year is the next such date on or after today.
/// </summary>
internal static class AbsoluteDatePatterns
{
    private const string Era = @"(?:(?<era>พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|b\.?\s?e\.?|a\.?\s?d\.?|ปี)\s*)?";

    // A year is not the hour that often follows a date ("12 ธ.ค. 10 โมง", "dec 12 10:30").
    private const string NotTime = @"(?!\d|\s*(?:โมง|น\.|นาฬิกา|ทุ่ม|:|am|pm|\.\d))";

    private static readonly string Month = $"(?<mon>{CalendarNames.MonthPattern})(?![a-z])";
    private static readonly string Year = $@"(?:\s*,?\s*{Era}(?<y>\d{{4}}|\d{{2}}){NotTime})?";

    public static IReadOnlyList<(Regex Pattern, Func<Match, DateOnly, DateSpan?> Resolve)> All { get; } =
    [
        (Make(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)"), Numeric),
        (Make(@"(?<!\d)(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4}|\d{2})(?!\d)"), Numeric),
        (Make(@"(?<![\d/.])(?<d>\d{1,2})/(?<m>\d{1,2})(?![\d/])"), Numeric),
        (Make($@"(?:วันที่\s*)?(?<!\d)(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*of)?\s*{Month}{Year}"), Named),
        (Make($@"(?<![a-z])(?<mon>{CalendarNames.EnglishMonthPattern})\.?\s+(?:the\s+)?(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:\s*,?\s*(?<y>\d{{4}})(?!\d))?"), Named),
        (Make($@"(?:วันที่\s*)?(?<!\d)(?<d1>\d{{1,2}})\s*(?:-|–|ถึง|to)\s*(?<d>\d{{1,2}})\s*{Month}{Year}"), DayRange),
        (Make($@"(?:เดือน\s*)?(?<mon>{CalendarNames.ThaiMonthAlonePattern}){Year}"), WholeMonth),
        (Make($@"(?<![a-z])(?<mon>{CalendarNames.EnglishMonthPattern})\s*,?\s*(?<y>\d{{4}})(?!\d)"), WholeMonth),
        (Make(@"วันที่\s*(?<d>\d{1,2})(?!\d)(?:\s*(?<mod>เดือนหน้า|เดือนนี้|เดือนถัดไป))?"), DayOfMonth),
        (Make(@"(?<![a-z])the\s+(?<d>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?<mod>next month|this month))?"), DayOfMonth),
    ];

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static DateSpan? Numeric(Match m, DateOnly today) =>
        Resolve(m, today, Number(m, "m"));

    private static DateSpan? Named(Match m, DateOnly today) =>
        Resolve(m, today, CalendarNames.Month(m.Groups["mon"].Value));

    private static DateSpan? Resolve(Match m, DateOnly today, int month)
    {
        var day = Number(m, "d");
        var date = m.Groups["y"].Success
            ? CalendarMath.Date(YearOf(m), month, day)
            : CalendarMath.NextDayAndMonth(today, month, day);
        return date is { } d ? DateSpan.Day(m.Index, m.Length, d) : null;
    }

    private static DateSpan? DayRange(Match m, DateOnly today)
    {
        var month = CalendarNames.Month(m.Groups["mon"].Value);
        var last = Resolve(m, today, month);
        var first = last is { } l ? CalendarMath.Date(l.First.Year, month, Number(m, "d1")) : null;
        return first is { } f && f <= last!.Value.First ? DateSpan.Range(m.Index, m.Length, (f, last.Value.First)) : null;
    }

    private static DateSpan? WholeMonth(Match m, DateOnly today)
    {
        var month = CalendarNames.Month(m.Groups["mon"].Value);
        if (month == 0)
        {
            return null;
        }

        var range = m.Groups["y"].Success ? CalendarMath.Month(YearOf(m), month) : CalendarMath.NextMonthNamed(today, month);
        return DateSpan.Range(m.Index, m.Length, range);
    }

    private static DateSpan? DayOfMonth(Match m, DateOnly today)
    {
        var day = Number(m, "d");
        var nextMonth = CalendarMath.Month(today, 1).Start;
        var date = m.Groups["mod"].Value switch
        {
            "เดือนหน้า" or "เดือนถัดไป" or "next month" => CalendarMath.Date(nextMonth.Year, nextMonth.Month, day),
            "เดือนนี้" or "this month" => CalendarMath.Date(today.Year, today.Month, day),
            _ => CalendarMath.NextDayOfMonth(today, day),
        };
        return date is { } d ? DateSpan.Day(m.Index, m.Length, d) : null;
    }

    private static int YearOf(Match m)
    {
        var era = m.Groups["era"].Value;
        return CalendarMath.Year(m.Groups["y"].Value, gregorianEra: era.StartsWith('ค') || era.StartsWith('a'));
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
