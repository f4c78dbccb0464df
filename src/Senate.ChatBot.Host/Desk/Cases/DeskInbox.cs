using Marten;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>The inbox page's data: the complaints matching the filter, soonest due first, with a count per view.</summary>
internal sealed class DeskInbox(IDocumentStore store, BusinessCalendars calendars, TimeProvider time)
{
    /// <summary>A page the desk can scan; a longer list is narrowed with the filters.</summary>
    public const int PageSize = 200;

    public async Task<InboxPage> ListAsync(InboxFilter filter, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var session = store.QuerySession();
        IQueryable<Complaint> query = session.Query<Complaint>();
        query = filter.Stage is { } stage ? query.Where(c => c.Stage == stage) : query.Where(c => c.IsOpen);
        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            query = query.Where(c => c.Reference.Contains(term, StringComparison.OrdinalIgnoreCase)
                || c.Text.Contains(term, StringComparison.OrdinalIgnoreCase)
                || c.Subject.Contains(term, StringComparison.OrdinalIgnoreCase));
        }

        var complaints = await query.OrderBy(c => c.DueAt).ToListAsync(cancellationToken);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var now = time.GetUtcNow();
        var rows = complaints.Select(c => InboxRow.Of(c, calendar, now)).ToList();
        var counts = Enum.GetValues<InboxView>().ToDictionary(v => v, v => rows.Count(r => (filter with { View = v }).Matches(r, userId)));
        return new InboxPage([.. rows.Where(r => filter.Matches(r, userId)).Take(PageSize)], counts);
    }
}

internal sealed record InboxPage(IReadOnlyList<InboxRow> Rows, IReadOnlyDictionary<InboxView, int> Counts);
