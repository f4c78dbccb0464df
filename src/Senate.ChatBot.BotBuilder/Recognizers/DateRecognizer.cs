using System.Globalization;
using System.Text.RegularExpressions;

namespace Senate.ChatBot.BotBuilder.Recognizers;

/// <summary>
/// Calendar dates in Thai and English text: 2027-01-15, 15/1/2570, 15 ม.ค. 2570, 15 มกราคม พ.ศ. 2570,
/// 15 Jan 2027, January 15, วันนี้/พรุ่งนี้/มะรืนนี้/เมื่อวาน, today/tomorrow/yesterday. Years above 2400 are
/// Buddhist Era (minus 543); two-digit years (15/1/70, or after พ.ศ./ค.ศ.) take whichever of BE 25yy or
/// CE 20yy is nearer today;
/// a date without a year is in today's year. Thai digits are accepted everywhere.
/// </summary>
public static partial class DateRecognizer
{
    private const int BuddhistEraOffset = 543;

    private static readonly (string Pattern, int Days)[] Relative =
    [
        ("day after tomorrow", 2), ("มะรืนนี้", 2), ("มะรืน", 2), ("เมื่อวานซืน", -2), ("เมื่อวานนี้", -1), ("เมื่อวาน", -1),
        ("พรุ่งนี้", 1), ("วันนี้", 0), ("tomorrow", 1), ("yesterday", -1), ("today", 0),
    ];

    /// <summary>The dates found, in the order they appear; <paramref name="today"/> anchors relative words.</summary>
    public static IReadOnlyList<DateOnly> Recognize(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var source = ThaiText.NormalizeDigits(text).ToLowerInvariant();
        var found = new List<(int Index, int Length, DateOnly Date)>();
        foreach (var regex in (Regex[])[IsoDate(), DayMonthNameYear(), MonthNameDayYear(), NumericDate(), NumericDayMonth()])
        {
            foreach (Match match in regex.Matches(source))
            {
                if (ToDate(match, today) is { } date)
                {
                    Add(found, match.Index, match.Length, date);
                }
            }
        }

        foreach (var (pattern, days) in Relative)
        {
            for (var at = source.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = source.IndexOf(pattern, at + 1, StringComparison.Ordinal))
            {
                Add(found, at, pattern.Length, today.AddDays(days));
            }
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Date)];
    }

    /// <summary>Adds a match unless an earlier (higher-priority) match already covers part of it.</summary>
    private static void Add(List<(int Index, int Length, DateOnly Date)> found, int index, int length, DateOnly date)
    {
        if (!found.Any(f => index < f.Index + f.Length && f.Index < index + length))
        {
            found.Add((index, length, date));
        }
    }

    private static DateOnly? ToDate(Match match, DateOnly today)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success
            ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
            : MonthNames.Lookup(match.Groups["mon"].Value);
        var year = match.Groups["y"].Success ? ToGregorianYear(match.Groups["y"].Value, today) : today.Year;
        return month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int ToGregorianYear(string digits, DateOnly today)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 2)
        {
            var fromBuddhist = 2500 + year - BuddhistEraOffset;
            var fromGregorian = 2000 + year;
            return Math.Abs(fromBuddhist - today.Year) <= Math.Abs(fromGregorian - today.Year) ? fromBuddhist : fromGregorian;
        }

        return year > 2400 ? year - BuddhistEraOffset : year;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4}|\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d/])(?<d>\d{1,2})/(?<m>\d{1,2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayMonth();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s*(?<mon>" + MonthNames.Pattern + @")(?:\s*(?:(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s*(?<y>\d{4}|\d{2})|(?<y>\d{4}))(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthNameYear();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<mon>" + MonthNames.English + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s*(?<y>\d{4})(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameDayYear();
}
