using System.Globalization;
using System.Text.RegularExpressions;

namespace Senate.ChatBot.Language.Entities.Dates;

/// <summary>
/// Month and weekday names as regular-expression alternatives and their numbers, taken from the platform's
/// th-TH and invariant cultures (ICU data) rather than typed out again.
/// </summary>
internal static class CalendarNames
{
    private static readonly DateTimeFormatInfo Thai = CultureInfo.GetCultureInfo("th-TH").DateTimeFormat;
    private static readonly DateTimeFormatInfo English = CultureInfo.InvariantCulture.DateTimeFormat;

    private static readonly Dictionary<string, int> Months = BuildMonths();
    private static readonly Dictionary<string, DayOfWeek> Weekdays = BuildWeekdays();

    /// <summary>Thai full names, Thai abbreviations with or without dots (ธ.ค., ธค, ธ. ค.), English names and abbreviations.</summary>
    public static string MonthPattern { get; } = Alternation(Months.Keys.Select(MonthKeyPattern));

    /// <summary>Thai full month names and dotted abbreviations only: safe to match without a day in front.</summary>
    public static string ThaiMonthAlonePattern { get; } = Alternation(
        Thai.MonthNames.Where(n => n.Length > 0).Select(Regex.Escape)
            .Concat(Thai.AbbreviatedMonthNames.Where(n => n.Length > 0).Select(n => Regex.Escape(n).Replace(@"\.", @"\.\s?", StringComparison.Ordinal))));

    /// <summary>English month names, full and abbreviated.</summary>
    public static string EnglishMonthPattern { get; } = Alternation(
        Months.Keys.Where(k => char.IsAsciiLetter(k[0])).Select(Regex.Escape)) + "(?![a-z])";

    /// <summary>Thai weekday names without the leading วัน, plus the everyday short form พฤหัส.</summary>
    public static string ThaiWeekdayPattern { get; } = Alternation(Weekdays.Keys.Where(k => !char.IsAsciiLetter(k[0])).Select(Regex.Escape));

    public static string EnglishWeekdayPattern { get; } = Alternation(Weekdays.Keys.Where(k => char.IsAsciiLetter(k[0])).Select(Regex.Escape));

    /// <summary>The month (1–12) of a matched name, or 0.</summary>
    public static int Month(string matched) => Months.GetValueOrDefault(Key(matched));

    public static DayOfWeek Weekday(string matched) => Weekdays[matched];

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 1; m <= 12; m++)
        {
            foreach (var name in (string[])[Thai.MonthNames[m - 1], Thai.AbbreviatedMonthNames[m - 1], English.MonthNames[m - 1], English.AbbreviatedMonthNames[m - 1]])
            {
                months[Key(name)] = m;
            }
        }

        months["sept"] = 9;
        return months;
    }

    private static Dictionary<string, DayOfWeek> BuildWeekdays()
    {
        var days = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal) { ["พฤหัส"] = DayOfWeek.Thursday };
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            days[Thai.DayNames[(int)day].Replace("วัน", "", StringComparison.Ordinal)] = day;
            days[English.DayNames[(int)day].ToLowerInvariant()] = day;
        }

        return days;
    }

    // "ธ.ค." and "ธ. ค." and "ธค" are one key; English names are lower case.
    private static string Key(string name) =>
        name.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    // A key of Thai abbreviation letters matches with optional dots and spaces between its parts ("มีค" ← มี.ค.).
    private static string MonthKeyPattern(string key)
    {
        if (char.IsAsciiLetter(key[0]))
        {
            return Regex.Escape(key);
        }

        var dotted = Thai.AbbreviatedMonthNames.FirstOrDefault(a => a.Length > 0 && Key(a) == key);
        return dotted is null
            ? Regex.Escape(key)
            : string.Join(@"\.?\s?", dotted.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"\.?";
    }

    // Longest first, so a full name is never cut short by an abbreviation that starts it.
    private static string Alternation(IEnumerable<string> patterns) =>
        "(?:" + string.Join('|', patterns.Distinct().OrderByDescending(p => p.Length)) + ")";
}
