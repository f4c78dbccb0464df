using Marten;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>Whether a LINE user follows the account, so reminders are not queued for someone who blocked it.</summary>
internal sealed record LineFriend(string Id, bool Following, DateTimeOffset ChangedAt);

internal sealed class LineFriends(IDocumentStore store, TimeProvider time)
{
    public Task FollowAsync(string userId, CancellationToken cancellationToken) => SetAsync(userId, following: true, cancellationToken);

    public Task UnfollowAsync(string userId, CancellationToken cancellationToken) => SetAsync(userId, following: false, cancellationToken);

    private async Task SetAsync(string userId, bool following, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.Store(new LineFriend(userId, following, time.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
    }
}
