using System.Security.Claims;
using Marten;
using Marten.Services.BatchQuerying;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>
/// The inbox page's data: one page of the complaints matching the filter, soonest due first, and a
/// count per view. Everything is filtered, counted and paged by PostgreSQL in one round trip, so the
/// page costs the same with ten complaints or ten thousand.
/// </summary>
internal sealed class DeskInbox(IDocumentStore store, BusinessCalendars calendars, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<InboxPage> ListAsync(InboxFilter filter, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (userId, supervisor) = (DeskActor.Id(user), DeskActor.IsSupervisor(user));
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var bounds = UrgencyBounds.At(calendar, time.GetUtcNow());
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var counts = Enum.GetValues<InboxView>().ToDictionary(v => v, v => batch.Query<Complaint>().InView(filter, v, bounds, userId, supervisor).Count());
        var page = Math.Max(1, filter.Page);
        var complaints = batch.Query<Complaint>().InView(filter, filter.View, bounds, userId, supervisor)
            .OrderBy(c => c.DueAt).ThenBy(c => c.Reference)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToList();
        await batch.Execute(cancellationToken);

        var rows = (await complaints).Select(c => InboxRow.Of(c, calendar, bounds)).ToList();
        var countsByView = new Dictionary<InboxView, int>();
        foreach (var (view, count) in counts)
        {
            countsByView[view] = (int)await count;
        }

        var pages = Math.Max(1, (countsByView[filter.View] + PageSize - 1) / PageSize);
        return new InboxPage(rows, countsByView, page, pages);
    }
}

internal sealed record InboxPage(IReadOnlyList<InboxRow> Rows, IReadOnlyDictionary<InboxView, int> Counts, int Page, int Pages);

internal static class InboxQueries
{
    public static IBatchedQueryable<Complaint> InView(
        this IBatchedQueryable<Complaint> query, InboxFilter filter, InboxView view, UrgencyBounds bounds, string userId, bool supervisor) =>
        filter.Conditions(view, bounds, userId, supervisor).Aggregate(query, (q, condition) => q.Where(condition));
}
