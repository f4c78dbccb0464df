using Marten;
using Microsoft.Extensions.Logging;
using Weasel.Core;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// Loads <see cref="DemoData"/> around today. Documents are upserted by id, so seeding again (the same
/// day or later) updates rather than duplicates, and no meeting notices are planned: demo data must
/// never push to anyone.
/// </summary>
public sealed partial class DemoSeeder(IDocumentStore store, CommitteeDirectory committees, TimeProvider time, ILogger<DemoSeeder> logger)
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

    [LoggerMessage(LogLevel.Information, "Demo data loaded: {Committees} bodies, {Members} members, {Meetings} meetings, {Items} bookshelf items")]
    private static partial void Seeded(ILogger logger, int committees, int members, int meetings, int items);
}
