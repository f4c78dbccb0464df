using Marten;

namespace Senate.ChatBot.Features.Members;

/// <summary>Binds and unbinds LINE accounts to member numbers.</summary>
public sealed class MemberLinks(IDocumentStore store, TimeProvider time)
{
    /// <summary>The member number linked to this LINE user, or null.</summary>
    public async Task<string?> FindMemberAsync(string lineUserId, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var link = await session.LoadAsync<MemberLink>(lineUserId, cancellationToken);
        return link?.MemberNumber;
    }

    /// <summary>Links the account; an earlier account of the same member is unlinked (one account per member).</summary>
    public async Task LinkAsync(string lineUserId, string memberNumber, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        session.DeleteWhere<MemberLink>(l => l.MemberNumber == memberNumber && l.Id != lineUserId);
        session.Store(new MemberLink(lineUserId, memberNumber, time.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes the link; true when there was one.</summary>
    public async Task<bool> UnlinkAsync(string lineUserId, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        var existing = await session.LoadAsync<MemberLink>(lineUserId, cancellationToken);
        if (existing is null)
        {
            return false;
        }

        session.Delete(existing);
        await session.SaveChangesAsync(cancellationToken);
        return true;
    }
}
