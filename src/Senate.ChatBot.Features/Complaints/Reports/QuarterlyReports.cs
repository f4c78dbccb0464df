using Marten;
using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints.Reports;

/// <summary>The quarterly report from the statistics rows of the complaints received in the quarter.</summary>
public sealed class QuarterlyReports(IDocumentStore store, BusinessCalendars calendars, TimeProvider time)
{
    public async Task<QuarterlyReport> ForAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        await using var session = store.QuerySession();
        var facts = await session.Query<ComplaintFacts>()
            .Where(f => f.ReceivedAt >= quarter.Start && f.ReceivedAt < quarter.End)
            .ToListAsync(cancellationToken);
        return QuarterlyFigures.From(quarter, facts, calendar, time.GetUtcNow());
    }
}
