using System.Text.RegularExpressions;

namespace Senate.ChatBot.Language.Entities.Dates;

/// <summary>
/// Finds dates and date ranges in Thai and English text and resolves them against today (Asia/Bangkok).
/// Where matches overlap the longest wins ("วันอาทิตย์หน้า" over "อาทิตย์หน้า"); two dates joined by
/// "ถึง", "-", "to" or "until" become one range.
/// </summary>
public static partial class DateEntityRecognizer
{
    private static readonly IReadOnlyList<(Regex Pattern, Func<Match, DateOnly, DateSpan?> Resolve)> Patterns =
        [.. AbsoluteDatePatterns.All, .. RelativeDatePatterns.All];

    /// <param name="text">What the person wrote.</param>
    /// <param name="folded">The same text through <see cref="Recognition.TextNormalizer.FoldCaseAndDigits"/>.</param>
    /// <param name="today">Today in Asia/Bangkok.</param>
    public static IEnumerable<Entity> Recognize(string text, string folded, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folded);
        var found = new List<DateSpan>();
        foreach (var (pattern, resolve) in Patterns)
        {
            foreach (Match match in pattern.Matches(folded))
            {
                if (resolve(match, today) is { } span)
                {
                    found.Add(span);
                }
            }
        }

        var kept = new List<DateSpan>();
        foreach (var span in found.OrderByDescending(s => s.Length).ThenBy(s => s.Offset))
        {
            if (!kept.Any(k => k.Overlaps(span)))
            {
                kept.Add(span);
            }
        }

        return JoinRanges(folded, [.. kept.OrderBy(s => s.Offset)]).Select(s => ToEntity(text, s));
    }

    private static List<DateSpan> JoinRanges(string folded, List<DateSpan> spans)
    {
        for (var i = spans.Count - 2; i >= 0; i--)
        {
            var (first, second) = (spans[i], spans[i + 1]);
            if (first.First <= second.Last && RangeJoiner().IsMatch(folded.AsSpan(first.End, second.Offset - first.End)))
            {
                spans[i] = new DateSpan(first.Offset, second.End - first.Offset, first.First, second.Last, true);
                spans.RemoveAt(i + 1);
            }
        }

        return spans;
    }

    private static Entity ToEntity(string text, DateSpan span)
    {
        var written = text.Substring(span.Offset, span.Length);
        return span.IsRange
            ? new DateRangeEntity(written, span.Offset, span.Length, span.First, span.Last)
            : new DateEntity(written, span.Offset, span.Length, span.First);
    }

    [GeneratedRegex(@"^\s*(?:-|–|ถึง|จนถึง|to|until|till|through)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoiner();
}
