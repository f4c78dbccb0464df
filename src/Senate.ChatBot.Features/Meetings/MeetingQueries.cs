using Marten;

namespace Senate.ChatBot.Features.Meetings;

/// <summary>
/// The schedule questions people ask. Every answer is filtered by <see cref="Viewer"/>, so a closed
/// meeting never reaches someone who may not see it. Days are Bangkok days.
/// </summary>
public sealed class MeetingQueries(IDocumentStore store)
{
    private const int PageSize = 50;

    public Task<IReadOnlyList<Meeting>> OnDayAsync(DateOnly day, Viewer viewer, CancellationToken cancellationToken = default) =>
        InRangeAsync(day, day, viewer, null, cancellationToken);

    /// <summary>Meetings from the first to the last day (both included), of one body and its sub-committees when given.</summary>
    public async Task<IReadOnlyList<Meeting>> InRangeAsync(
        DateOnly first, DateOnly last, Viewer viewer, string? bodyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var from = BangkokTime.StartOf(first);
        var until = BangkokTime.StartOf(last.AddDays(1));
        await using var session = store.QuerySession();
        var query = session.Query<Meeting>().Where(m => m.Start >= from && m.Start < until);
        if (bodyId is not null)
        {
            query = query.Where(m => m.BodyId == bodyId || m.ParentBodyId == bodyId);
        }

        if (!viewer.IsStaff && viewer.MemberNumber is null)
        {
            query = query.Where(m => m.IsPublic);
        }

        var found = await query.OrderBy(m => m.Start).ToListAsync(cancellationToken);
        return [.. found.Where(viewer.MaySee)];
    }

    /// <summary>The meetings a member is invited to in the range, closed ones included.</summary>
    public async Task<IReadOnlyList<Meeting>> ForMemberAsync(
        string memberNumber, DateOnly first, DateOnly last, CancellationToken cancellationToken = default)
    {
        var meetings = await InRangeAsync(first, last, Viewer.Member(memberNumber), null, cancellationToken);
        return [.. meetings.Where(m => m.IsInvited(memberNumber))];
    }

    /// <summary>The next meeting (not cancelled) of a body or its sub-committees that starts at or after <paramref name="now"/>.</summary>
    public async Task<Meeting?> NextAsync(string bodyId, Viewer viewer, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var session = store.QuerySession();
        for (var page = 0; ; page++)
        {
            var batch = await session.Query<Meeting>()
                .Where(m => m.Start >= now && (m.BodyId == bodyId || m.ParentBodyId == bodyId) && m.Status != MeetingStatus.Cancelled)
                .OrderBy(m => m.Start)
                .Skip(page * PageSize)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (batch.FirstOrDefault(viewer.MaySee) is { } next)
            {
                return next;
            }

            if (batch.Count < PageSize)
            {
                return null;
            }
        }
    }

    public async Task<Meeting?> FindAsync(string id, Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var session = store.QuerySession();
        var meeting = await session.LoadAsync<Meeting>(id, cancellationToken);
        return meeting is not null && viewer.MaySee(meeting) ? meeting : null;
    }
}
