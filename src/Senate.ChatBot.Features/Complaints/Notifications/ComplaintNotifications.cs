using System.Linq.Expressions;
using JasperFx;
using Marten;

namespace Senate.ChatBot.Features.Complaints.Notifications;

/// <summary>
/// The seam between the register and the channels. Commands store notifications; each channel
/// drains its own: the LINE side hands them to its push outbox (keyed by
/// <see cref="ComplaintNotification.RetryKey"/>, so handing one over twice still pushes once) and
/// then marks them delivered; Web Chat shows a conversation's pending ones on the next visit; the
/// desk lists a staff member's inbox. A drainer waits on <see cref="ComplaintChanges"/> between rounds.
/// </summary>
public sealed class ComplaintNotifications(IDocumentStore store, TimeProvider time)
{
    /// <summary>Undelivered notifications of a channel, oldest first.</summary>
    public async Task<IReadOnlyList<ComplaintNotification>> PendingAsync(string channelId, int limit, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<ComplaintNotification>()
            .Where(n => n.ChannelId == channelId && n.DeliveredAt == null)
            .OrderBy(n => n.CreatedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Undelivered notifications for one address (a Web Chat conversation, a staff member's inbox), oldest first.</summary>
    public async Task<IReadOnlyList<ComplaintNotification>> PendingForAsync(string channelId, string address, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<ComplaintNotification>()
            .Where(n => n.ChannelId == channelId && n.Address == address && n.DeliveredAt == null)
            .OrderBy(n => n.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The newest <paramref name="take"/> undelivered notifications for one address and how many there
    /// are in all, in one round trip: an inbox that refreshes itself reads no more than it shows.
    /// </summary>
    public async Task<(IReadOnlyList<ComplaintNotification> Newest, int Count)> NewestPendingForAsync(
        string channelId, string address, int take, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        Expression<Func<ComplaintNotification, bool>> pending = n => n.ChannelId == channelId && n.Address == address && n.DeliveredAt == null;
        var batch = session.CreateBatchQuery();
        var count = batch.Query<ComplaintNotification>().Where(pending).Count();
        var newest = batch.Query<ComplaintNotification>().Where(pending).OrderByDescending(n => n.CreatedAt).Take(take).ToList();
        await batch.Execute(cancellationToken);
        return (await newest, (int)await count);
    }

    /// <summary>True for the one caller (on any host) that takes the notification first.</summary>
    public async Task<bool> ClaimAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        session.Insert(new NotificationClaim(id, time.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    /// <summary>Marks notifications delivered; marking one twice keeps the first time.</summary>
    public async Task MarkDeliveredAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        var now = time.GetUtcNow();
        foreach (var notification in await session.LoadManyAsync<ComplaintNotification>(cancellationToken, ids))
        {
            if (notification.DeliveredAt is null)
            {
                session.Store(notification with { DeliveredAt = now });
            }
        }

        await session.SaveChangesAsync(cancellationToken);
    }
}
