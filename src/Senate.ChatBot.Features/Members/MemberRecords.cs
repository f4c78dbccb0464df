using System.Globalization;
using Marten;

namespace Senate.ChatBot.Features.Members;

/// <summary>Reads personal records; callers decide who may see them (the member themselves, or staff).</summary>
public sealed class MemberRecords(IDocumentStore store)
{
    public async Task<MemberRecord?> FindAsync(string memberNumber, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<MemberRecord>(memberNumber, cancellationToken);
    }

    /// <summary>Every member's number and name, in member-number order ("2" before "10"); the rest of the record stays in the database.</summary>
    public async Task<IReadOnlyList<MemberName>> NamesAsync(CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var names = await session.Query<MemberRecord>()
            .Select(m => new { m.Id, m.ThaiName, m.EnglishName })
            .ToListAsync(cancellationToken);
        return
        [
            .. names.Select(m => new MemberName(m.Id, m.ThaiName, m.EnglishName))
                .OrderBy(m => int.TryParse(m.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
                .ThenBy(m => m.Number, StringComparer.Ordinal),
        ];
    }
}
