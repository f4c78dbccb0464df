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
}
