using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Entities.Dates;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.UnitTests.Language;

internal static class DateAssertions
{
    public static IReadOnlyList<Entity> Dates(string text, string today) =>
        [.. DateEntityRecognizer.Recognize(text, TextNormalizer.FoldCaseAndDigits(text), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The one date in <paramref name="text"/> is <paramref name="expected"/> (yyyy-MM-dd).</summary>
    public static void IsDate(string text, string today, string expected)
    {
        var entity = Assert.Single(Dates(text, today));
        var date = Assert.IsType<DateEntity>(entity);
        Assert.Equal(expected, date.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The one date range in <paramref name="text"/> runs from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    public static void IsRange(string text, string today, string start, string end)
    {
        var entity = Assert.Single(Dates(text, today));
        var range = Assert.IsType<DateRangeEntity>(entity);
        Assert.Equal((start, end), (Iso(range.Start), Iso(range.End)));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
