using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Reports;
using static Senate.ChatBot.UnitTests.Calendar.Calendars;

namespace Senate.ChatBot.UnitTests.Complaints;

public sealed class QuarterlyFiguresTests
{
    [Theory]
    [InlineData(2025, 10, 1, 2569, 1)]
    [InlineData(2025, 12, 31, 2569, 1)]
    [InlineData(2026, 1, 1, 2569, 2)]
    [InlineData(2026, 9, 30, 2569, 4)]
    [InlineData(2026, 10, 1, 2570, 1)]
    public void Quarters_follow_the_Thai_fiscal_year(int year, int month, int day, int fiscalYear, int number)
    {
        var quarter = Quarter.Of(Bkk(year, month, day, 12));
        Assert.Equal(new Quarter(fiscalYear, number), quarter);
        Assert.True(quarter.Start <= Bkk(year, month, day, 12) && Bkk(year, month, day, 12) < quarter.End);
        Assert.True(Quarter.TryParse(quarter.ToString(), out var parsed) && parsed == quarter);
    }

    [Fact]
    public void Days_to_first_reply_are_office_days_without_the_stopped_time()
    {
        // Received Mon 2 Nov 09:00, stopped Tue 12:00 to Mon 9 Nov 15:00, replied Tue 10 Nov 08:30:
        // Mon 7.5 h + Tue 3.5 h + Mon 1.5 h = 12.5 h = 1.6 office days.
        var facts = Facts(Bkk(2026, 11, 2, 9), Bkk(2026, 11, 10, 8, 30), new ClockPause(Bkk(2026, 11, 3, 12), Bkk(2026, 11, 9, 15)));
        Assert.Equal(1.6, QuarterlyFigures.DaysToFirstReply(facts, Repository));
    }

    [Fact]
    public void Median_and_90th_percentile_use_the_nearest_rank()
    {
        var facts = Enumerable.Range(1, 10)
            .Select(n => Facts(Bkk(2026, 11, 2, 8, 30), Repository.AddBusinessTime(Bkk(2026, 11, 2, 8, 30), BusinessCalendar.OfficeDay * n)))
            .ToList();

        var report = QuarterlyFigures.From(new Quarter(2570, 1), facts, Repository, Bkk(2027, 1, 1));

        Assert.Equal((5.0, 9.0), (report.MedianDaysToFirstReply, report.Percentile90DaysToFirstReply));
    }

    [Fact]
    public void Unanswered_complaints_count_as_late_only_once_past_due()
    {
        var facts = new[] { Facts(Bkk(2026, 11, 2, 9), null), Facts(Bkk(2026, 11, 20, 9), null) };

        var report = QuarterlyFigures.From(new Quarter(2570, 1), facts, Repository, Bkk(2026, 11, 21));

        Assert.Equal((0, 1, 0.0), (report.OnTime, report.Late, report.OnTimeRate));
        Assert.Null(report.MedianDaysToFirstReply);
        Assert.Null(report.AverageRating);
    }

    [Fact]
    public void Csv_fields_with_commas_or_quotes_are_quoted()
    {
        var facts = new[] { Facts(Bkk(2026, 11, 2, 9), null, unit: "สำนัก \"ก\", ข") };

        var csv = QuarterlyFigures.ToCsv(QuarterlyFigures.From(new Quarter(2570, 1), facts, Repository, Bkk(2026, 11, 2, 10)));

        Assert.Contains("unit,\"สำนัก \"\"ก\"\", ข\",1\r\n", csv, StringComparison.Ordinal);
    }

    private static ComplaintFacts Facts(DateTimeOffset received, DateTimeOffset? firstReply, ClockPause? pause = null, string? unit = null)
    {
        var due = Repository.DueAt(received, ResponseClock.AnswerDays);
        return new ComplaintFacts
        {
            Id = Guid.NewGuid(), Reference = "CMP-2569-000001-K7", Channel = ComplaintChannel.WebChat, Category = ComplaintCategory.Complaint,
            Subject = "online", Unit = unit, ReceivedAt = received, DueAt = due, FirstReplyAt = firstReply,
            AnsweredOnTime = firstReply is null ? null : firstReply <= due, Pauses = pause is null ? [] : [pause],
        };
    }
}
