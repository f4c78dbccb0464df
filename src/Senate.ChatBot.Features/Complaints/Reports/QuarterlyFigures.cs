using System.Globalization;
using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints.Reports;

/// <summary>Works out a <see cref="QuarterlyReport"/> from the quarter's statistics rows; no database, so it is tested directly.</summary>
public static class QuarterlyFigures
{
    public const string Unassigned = "(unassigned)";
    public const string Open = "(open)";

    public static QuarterlyReport From(Quarter quarter, IReadOnlyList<ComplaintFacts> facts, BusinessCalendar calendar, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(calendar);
        var onTime = facts.Count(f => f.AnsweredOnTime == true);
        var late = facts.Count(f => f.AnsweredOnTime == false || (f.FirstReplyAt is null && f.DueAt < asOf));
        var days = facts.Where(f => f.FirstReplyAt is not null).Select(f => DaysToFirstReply(f, calendar)).Order().ToList();
        var keyed = facts.Where(f => f.ComplainantKey is not null).ToList();
        var ratings = facts.Where(f => f.Stars is not null).Select(f => (double)f.Stars!.Value).ToList();
        return new QuarterlyReport(
            quarter,
            facts.Count,
            Count(facts, f => f.Channel.ToString()),
            Count(facts, f => f.Category.ToString()),
            Count(facts, f => f.Subject),
            Count(facts, f => f.Unit ?? Unassigned),
            Count(facts, f => f.Outcome?.ToString() ?? Open),
            onTime,
            late,
            onTime + late == 0 ? null : Math.Round((double)onTime / (onTime + late), 3),
            Percentile(days, 0.5),
            Percentile(days, 0.9),
            facts.Count(f => f.Escalated),
            keyed.GroupBy(f => f.ComplainantKey).Count(g => g.Count() > 1),
            keyed.GroupBy(f => (f.ComplainantKey, f.Subject)).Count(g => g.Count() > 1),
            ratings.Count,
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2));
    }

    /// <summary>Business days from receipt to the first reply, without the time the clock was stopped, to one decimal.</summary>
    public static double DaysToFirstReply(ComplaintFacts facts, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(calendar);
        var replied = facts.FirstReplyAt!.Value;
        var paused = facts.Pauses
            .Where(p => p.PausedAt < replied)
            .Aggregate(TimeSpan.Zero, (sum, p) => sum + calendar.BusinessTimeBetween(p.PausedAt, p.ResumedAt is { } r && r < replied ? r : replied));
        var working = calendar.BusinessTimeBetween(facts.ReceivedAt, replied) - paused;
        return Math.Round(working / BusinessCalendar.OfficeDay, 1);
    }

    // Nearest rank: the smallest value with at least that share of values at or below it.
    private static double? Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private static SortedDictionary<string, int> Count(IEnumerable<ComplaintFacts> facts, Func<ComplaintFacts, string> key) =>
        new(facts.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    /// <summary>The CSV rows "measure,key,value" of a report (UTF-8, invariant numbers, RFC 4180 quoting).</summary>
    public static string ToCsv(QuarterlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<(string Measure, string Key, object? Value)>
        {
            ("quarter", "", report.Quarter.ToString()),
            ("received", "", report.Received),
        };
        foreach (var (measure, counts) in new[]
        {
            ("channel", report.ByChannel), ("category", report.ByCategory), ("subject", report.BySubject),
            ("unit", report.ByUnit), ("outcome", report.ByOutcome),
        })
        {
            rows.AddRange(counts.Select(c => (measure, c.Key, (object?)c.Value)));
        }

        rows.AddRange(
        [
            ("on_time", "", report.OnTime), ("late", "", report.Late), ("on_time_rate", "", report.OnTimeRate),
            ("median_business_days_to_first_reply", "", report.MedianDaysToFirstReply),
            ("p90_business_days_to_first_reply", "", report.Percentile90DaysToFirstReply),
            ("escalated", "", report.Escalated), ("repeat_complainants", "", report.RepeatComplainants),
            ("repeat_subjects", "", report.RepeatSubjects), ("ratings", "", report.Ratings), ("average_rating", "", report.AverageRating),
        ]);
        return "measure,key,value\r\n" + string.Concat(rows.Select(r =>
            $"{Field(r.Measure)},{Field(r.Key)},{Field(Convert.ToString(r.Value, CultureInfo.InvariantCulture) ?? "")}\r\n"));
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
