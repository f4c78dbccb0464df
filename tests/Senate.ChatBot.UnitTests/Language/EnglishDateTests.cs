using static Senate.ChatBot.UnitTests.Language.DateAssertions;

namespace Senate.ChatBot.UnitTests.Language;

public sealed class EnglishDateTests
{
    [Theory]
    [InlineData("meetings today", "2026-11-26", "2026-11-26")]
    [InlineData("anything tomorrow?", "2026-12-31", "2027-01-01")]
    [InlineData("tmrw", "2026-11-30", "2026-12-01")]
    [InlineData("the day after tomorrow", "2026-12-30", "2027-01-01")]
    [InlineData("yesterday", "2027-01-01", "2026-12-31")]
    [InlineData("next Monday", "2026-11-26", "2026-11-30")]
    [InlineData("next sunday", "2026-11-26", "2026-12-06")]
    [InlineData("on friday", "2026-11-26", "2026-11-27")]
    [InlineData("this Thursday", "2026-11-26", "2026-11-26")]
    [InlineData("last monday", "2026-11-26", "2026-11-16")]
    [InlineData("December 12, 2026", "2026-11-26", "2026-12-12")]
    [InlineData("Dec 12", "2026-11-26", "2026-12-12")]
    [InlineData("12th of December 2569", "2026-11-26", "2026-12-12")]
    [InlineData("3 Jan", "2026-12-30", "2027-01-03")]
    [InlineData("on the 15th", "2026-11-26", "2026-12-15")]
    public void Days(string text, string today, string expected) => IsDate(text, today, expected);

    [Theory]
    [InlineData("this week", "2026-11-26", "2026-11-23", "2026-11-29")]
    [InlineData("next week", "2026-12-30", "2027-01-04", "2027-01-10")]
    [InlineData("next month", "2026-12-30", "2027-01-01", "2027-01-31")]
    [InlineData("from 1 to 5 December", "2026-11-26", "2026-12-01", "2026-12-05")]
    [InlineData("december 2026", "2026-11-26", "2026-12-01", "2026-12-31")]
    [InlineData("monday to wednesday", "2026-11-26", "2026-11-30", "2026-12-02")]
    public void Ranges(string text, string today, string start, string end) => IsRange(text, today, start, end);

    [Theory]
    [InlineData("i may come")]
    [InlineData("we decided")]
    [InlineData("march on")]
    public void Words_that_look_like_months_are_not_dates(string text) => Assert.Empty(Dates(text, "2026-11-26"));
}
