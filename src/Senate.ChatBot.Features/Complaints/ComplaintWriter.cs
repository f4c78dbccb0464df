using JasperFx;
using Marten;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints.Notifications;

namespace Senate.ChatBot.Features.Complaints;

/// <summary>What a command decides with: the complaint as read, the calendar in force and the moment "now".</summary>
public sealed record ComplaintChange(Complaint Complaint, BusinessCalendar Calendar, DateTimeOffset Now);

/// <summary>
/// Appends the events a command decides on, with optimistic concurrency: the append succeeds only
/// if the stream is still at the version the decision was made on (the caller's version when given,
/// else the version just read). The notifications those events cause are stored in the same
/// transaction, so an event and its messages exist together or not at all.
/// </summary>
public sealed class ComplaintWriter(IDocumentStore store, BusinessCalendars calendars, ComplaintChanges changes, TimeProvider time)
{
    public async Task<Complaint> ChangeAsync(
        Guid id, long? expectedVersion, Func<ComplaintChange, IReadOnlyList<IComplaintEvent>> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        await using var session = store.LightweightSession();
        try
        {
            var stream = expectedVersion is { } version
                ? await session.Events.FetchForWriting<Complaint>(id, version, cancellationToken)
                : await session.Events.FetchForWriting<Complaint>(id, cancellationToken);
            var complaint = stream.Aggregate ?? throw new ComplaintNotFoundException(id);
            var events = decide(new ComplaintChange(complaint, calendar, time.GetUtcNow()));
            if (events.Count == 0)
            {
                return complaint;
            }

            var staff = await session.Query<DeskStaffMember>().ToListAsync(cancellationToken);
            var startingVersion = stream.StartingVersion ?? 0;
            for (var i = 0; i < events.Count; i++)
            {
                stream.AppendOne(events[i]);
                session.Store([.. ComplaintNotices.For(complaint, startingVersion + i + 1, events[i], staff)]);
            }

            await session.SaveChangesAsync(cancellationToken);
            changes.Signal();
        }
        catch (ConcurrencyException e)
        {
            throw new ComplaintChangedException(id, e);
        }

        return await session.LoadAsync<Complaint>(id, cancellationToken) ?? throw new ComplaintNotFoundException(id);
    }
}
