namespace Senate.ChatBot.Features.Complaints.Reports;

/// <summary>
/// The quarter's statistics for the Secretariat's report, over complaints received in the quarter.
/// On time means the first reply came by the due moment; unanswered complaints past due count as
/// late, those not yet due are left out of the rate. Days to first reply are business days (office
/// time / 8 hours), without the time the clock was stopped. A repeat complainant filed twice or more
/// in the quarter; a repeat subject is the same person again about the same subject area.
/// </summary>
public sealed record QuarterlyReport(
    Quarter Quarter,
    int Received,
    IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyDictionary<string, int> BySubject,
    IReadOnlyDictionary<string, int> ByUnit,
    IReadOnlyDictionary<string, int> ByOutcome,
    int OnTime,
    int Late,
    double? OnTimeRate,
    double? MedianDaysToFirstReply,
    double? Percentile90DaysToFirstReply,
    int Escalated,
    int RepeatComplainants,
    int RepeatSubjects,
    int Ratings,
    double? AverageRating);
