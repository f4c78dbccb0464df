using Marten;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Reports;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>Today's load on the desk, in Bangkok time, with the quarter's on-time rate for context.</summary>
internal sealed record TodayFigures(
    DateOnly Day,
    long ReceivedToday,
    long Open,
    long DueSoon,
    long Overdue,
    long Unassigned,
    long AwaitingInformation,
    Quarter Quarter,
    double? OnTimeRate);

/// <summary>
/// Counts the dashboard's figures in the database, in one round trip, rather than loading the
/// complaints: the register grows to tens of thousands. Urgency is the inbox's, via <see cref="UrgencyBounds"/>.
/// </summary>
internal sealed class DeskToday(IDocumentStore store, BusinessCalendars calendars, QuarterlyReports reports, TimeProvider time)
{
    public async Task<TodayFigures> FiguresAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = BangkokTime.DateOf(now);
        var (start, end) = (BangkokTime.StartOf(today), BangkokTime.StartOf(today.AddDays(1)));
        var bounds = UrgencyBounds.At(await calendars.CurrentAsync(cancellationToken), now);

        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var received = batch.Query<Complaint>().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end).Count();
        var open = batch.Query<Complaint>().Where(c => c.IsOpen).Count();
        var dueSoon = batch.Query<Complaint>().Where(bounds.DueSoon()).Count();
        var overdue = batch.Query<Complaint>().Where(bounds.Overdue()).Count();
        var unassigned = batch.Query<Complaint>().Where(c => c.IsOpen && c.OfficerId == null).Count();
        // By stage, as the inbox filters it, so the figure and the list it links to agree.
        var awaiting = batch.Query<Complaint>().Where(c => c.Stage == ComplaintStage.AwaitingInformation).Count();
        await batch.Execute(cancellationToken);

        var quarter = Quarter.Of(now);
        var report = await reports.ForAsync(quarter, cancellationToken);
        return new TodayFigures(
            today, await received, await open, await dueSoon, await overdue, await unassigned, await awaiting, quarter, report.OnTimeRate);
    }
}
