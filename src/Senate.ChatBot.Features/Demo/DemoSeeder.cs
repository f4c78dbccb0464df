using Marten;
using Microsoft.Extensions.Logging;
using Weasel.Core;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// Loads <see cref="DemoData"/> around today. Documents are upserted by id, so seeding again (the same
/// day or later) updates rather than duplicates, and no meeting notices are planned: demo data must
/// never push to anyone. <see cref="SeedComplaintsAsync"/> files a dozen anonymous complaints once, so the desk has work to show.
/// </summary>
public sealed partial class DemoSeeder(
    IDocumentStore store, CommitteeDirectory committees, BusinessCalendars calendars, ComplaintChanges changes, TimeProvider time, ILogger<DemoSeeder> logger)
{
    public async Task<DemoData> SeedAsync(CancellationToken cancellationToken = default)
    {
        var data = DemoData.Around(BangkokTime.Today(time));
        await store.BulkInsertAsync(data.Committees, BulkInsertMode.OverwriteExisting, 1000, cancellationToken);
        await store.BulkInsertAsync(data.Members, BulkInsertMode.OverwriteExisting, 1000, cancellationToken);
        await store.BulkInsertAsync(data.Meetings, BulkInsertMode.OverwriteExisting, 1000, cancellationToken);
        await store.BulkInsertAsync(data.Items, BulkInsertMode.OverwriteExisting, 1000, cancellationToken);
        committees.Invalidate();
        Seeded(logger, data.Committees.Count, data.Members.Count, data.Meetings.Count, data.Items.Count);
        return data;
    }

    /// <summary>A desk inbox worth looking at, filed once: a later start keeps the complaints and what the desk did to them.</summary>
    public async Task SeedComplaintsAsync(CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var now = time.GetUtcNow();
        // Spread evenly from this morning back to the oldest, so every urgency shows.
        var complaints = Enumerable.Range(0, DemoComplaintCount)
            .Select(i => DemoComplaints.Complaint(i, DemoComplaints.OldestAge * (i + 0.5) / DemoComplaintCount, calendar, now))
            .ToList();
        if (await session.Events.FetchStreamStateAsync(complaints[0].Id, cancellationToken) is not null)
        {
            return;
        }

        foreach (var (id, events) in complaints)
        {
            session.Events.StartStream<Complaint>(id, events);
        }

        await session.SaveChangesAsync(cancellationToken);
        // The clock looks now, so the due-soon ones are warned about at once, as if filed while it watched.
        changes.Signal();
    }

    private const int DemoComplaintCount = 12;

    [LoggerMessage(LogLevel.Information, "Demo data loaded: {Committees} bodies, {Members} members, {Meetings} meetings, {Items} bookshelf items")]
    private static partial void Seeded(ILogger logger, int committees, int members, int meetings, int items);
}
