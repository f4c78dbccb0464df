using System.Text.RegularExpressions;

namespace Senate.ChatBot.Language.Entities.Dates;

/// <summary>
/// Dates said relative to today, in Thai and English, with common misspellings: วันนี้, พรุ่งนี้, มะรืนนี้,
/// เมื่อวาน, สัปดาห์นี้/หน้า, อาทิตย์หน้า (next week), วันอาทิตย์หน้า (next week's Sunday), วันจันทร์หน้า,
/// เดือนหน้า, ปีหน้า, tomorrow, next Monday, this week, next month. Weeks run Monday to Sunday.
/// </summary>
internal static class RelativeDatePatterns
{
    private const string ThaiShift = "(?<mod>หน้า|นี้|ที่แล้ว|ก่อน|ที่ผ่านมา|ถัดไป|ที่จะถึง)";
    private const string ThaiWeek = "(?:สัปดาห์|สัปดาห|สับดาห์|อาทิตย์|อาทิต)";
    private const string EnglishShift = "(?<mod>next|this coming|the coming|coming|this|last|previous)";

    public static IReadOnlyList<(Regex Pattern, Func<Match, DateOnly, DateSpan?> Resolve)> All { get; } =
    [
        (Make("วันนี้|(?<![a-z])(?:today|tonight|2day)(?![a-z])"), Days(0)),
        (Make(@"(?:วัน)?(?:พรุ่ง|พรุ้ง|พุ่ง|พุ้ง|พรุง)\s?(?:นี้|นี่|นี)|(?<![a-z])(?:tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|2moro)(?![a-z])"), Days(1)),
        (Make(@"(?:วัน)?มะรืน(?:\s?นี้)?|(?<![a-z])(?:the\s+)?day\s+after\s+tomorrow(?![a-z])"), Days(2)),
        (Make("เมื่อวานซืน"), Days(-2)),
        (Make(@"เมื่อวาน(?:\s?นี้)?|วานนี้|(?<![a-z])(?:yesterday|yday)(?![a-z])"), Days(-1)),
        (Make($@"{ThaiWeek}\s*{ThaiShift}|(?<![a-z]){EnglishShift}\s+week(?![a-z])"), Week),
        (Make($@"(?<pre>วัน)?(?<wd>{CalendarNames.ThaiWeekdayPattern})\s*(?<wk>{ThaiWeek}\s*)?{ThaiShift}?"), ThaiWeekday),
        (Make($@"(?<![a-z])(?:on\s+)?(?:{EnglishShift}\s+)?(?<wd>{CalendarNames.EnglishWeekdayPattern})(?![a-z])(?:\s+(?<wk>next|this|last)\s+week)?"), EnglishWeekday),
        (Make($@"เดือน\s*{ThaiShift}|(?<![a-z]){EnglishShift}\s+month(?![a-z])"), Month),
        (Make($@"ปี\s*{ThaiShift}(?!\d)|(?<![a-z]){EnglishShift}\s+year(?![a-z])"), Year),
    ];

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Func<Match, DateOnly, DateSpan?> Days(int days) => (m, today) => DateSpan.Day(m.Index, m.Length, today.AddDays(days));

    private static DateSpan? Week(Match m, DateOnly today) =>
        DateSpan.Range(m.Index, m.Length, CalendarMath.Week(today, Shift(m.Groups["mod"].Value)));

    private static DateSpan? Month(Match m, DateOnly today) =>
        DateSpan.Range(m.Index, m.Length, CalendarMath.Month(today, Shift(m.Groups["mod"].Value)));

    private static DateSpan? Year(Match m, DateOnly today)
    {
        var year = today.Year + Shift(m.Groups["mod"].Value);
        return DateSpan.Range(m.Index, m.Length, (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
    }

    private static DateSpan? ThaiWeekday(Match m, DateOnly today)
    {
        var day = CalendarNames.Weekday(m.Groups["wd"].Value);
        var said = m.Groups["pre"].Success || m.Groups["mod"].Success;

        // Without วัน, "อาทิตย์หน้า" is next week (the week pattern), and a bare "จันทร์" may be the moon.
        if (!said || (!m.Groups["pre"].Success && day == DayOfWeek.Sunday && !m.Groups["wk"].Success))
        {
            return null;
        }

        return DateSpan.Day(m.Index, m.Length, OnWeekday(today, day, m.Groups["mod"].Value, m.Groups["wk"].Success));
    }

    private static DateSpan? EnglishWeekday(Match m, DateOnly today)
    {
        var day = CalendarNames.Weekday(m.Groups["wd"].Value);
        var inWeek = m.Groups["wk"].Success;
        return DateSpan.Day(m.Index, m.Length, OnWeekday(today, day, inWeek ? m.Groups["wk"].Value : m.Groups["mod"].Value, inWeek));
    }

    // "next"/"หน้า" is that day of next week, "last"/"ที่แล้ว" that day of last week, "…this week" that day of
    // this week; "this", "นี้" or nothing alone is the first such day on or after today.
    private static DateOnly OnWeekday(DateOnly today, DayOfWeek day, string shift, bool inNamedWeek) => Shift(shift) switch
    {
        0 when !inNamedWeek => CalendarMath.NextWeekday(today, day),
        var weeks => CalendarMath.WeekdayOfWeek(today, day, weeks),
    };

    private static int Shift(string modifier) => modifier switch
    {
        "หน้า" or "ถัดไป" or "next" => 1,
        "ที่แล้ว" or "ก่อน" or "ที่ผ่านมา" or "last" or "previous" => -1,
        _ => 0,
    };
}
