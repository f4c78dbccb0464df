using Marten;

namespace Senate.ChatBot.Features.Meetings;

/// <summary>
/// The Senate, its committees and sub-committees, read from the store and kept for a minute: every
/// schedule question needs them and they change only with an import (which calls <see cref="Invalidate"/>).
/// </summary>
public sealed class CommitteeDirectory(IDocumentStore store, TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    // A reference swapped whole, so concurrent turns never see half of an update.
    private Snapshot? _cached;

    /// <summary>The last list read, empty before the first read; for callers that cannot wait.</summary>
    public IReadOnlyList<Committee> Current => _cached?.All ?? [];

    public async Task<IReadOnlyList<Committee>> AllAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_cached is { } cached && now - cached.LoadedAt < Freshness)
        {
            return cached.All;
        }

        await using var session = store.QuerySession();
        var all = await session.Query<Committee>().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        _cached = new Snapshot(all, now);
        return all;
    }

    public async Task<Committee?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(c => c.Id == id);

    /// <summary>The bodies the text names, best first; several means the name was ambiguous.</summary>
    public async Task<IReadOnlyList<Committee>> MatchAsync(string? text, CancellationToken cancellationToken = default) =>
        CommitteeMatcher.Match(await AllAsync(cancellationToken), text);

    public void Invalidate() => _cached = null;

    private sealed record Snapshot(IReadOnlyList<Committee> All, DateTimeOffset LoadedAt);
}
