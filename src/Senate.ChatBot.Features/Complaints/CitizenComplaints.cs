using Marten;

namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// What a complainant may see and do from the chat: look a complaint up by its reference, list the
/// complaints they filed from the same chat account, answer a question of the desk and rate the
/// handling. Answering and rating need the chat account that filed the complaint; the number alone is not enough.
/// </summary>
public sealed class CitizenComplaints(IDocumentStore store, ComplaintWriter writer)
{
    public const int MaxListed = 5;

    public async Task<ComplaintStatusView?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var complaint = await session.Query<Complaint>().FirstOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        return complaint is null ? null : ComplaintStatusView.Of(complaint);
    }

    /// <summary>The most recent complaints filed from this chat account, newest first.</summary>
    public async Task<IReadOnlyList<ComplaintStatusView>> FiledByAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var complaints = await session.Query<Complaint>()
            .Where(c => c.ReplyTo!.ChannelId == channelId && c.ReplyTo.UserId == userId)
            .OrderByDescending(c => c.ReceivedAt)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return [.. complaints.Select(ComplaintStatusView.Of)];
    }

    /// <summary>True when the chat account <paramref name="channelId"/>/<paramref name="userId"/> filed the complaint.</summary>
    public async Task<bool> IsFiledByAsync(Guid id, string channelId, string userId, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var complaint = await session.LoadAsync<Complaint>(id, cancellationToken);
        return complaint?.ReplyTo is { } to && to.ChannelId == channelId && to.UserId == userId;
    }

    public Task<Complaint> AnswerAsync(Guid id, string channelId, string userId, string answer, CancellationToken cancellationToken = default) =>
        writer.ChangeAsync(id, null, change =>
        {
            ComplaintRules.RequireFiler(change, channelId, userId);
            return [ComplaintRules.Resume(change, answer, Actor.Citizen)];
        }, cancellationToken);

    public Task<Complaint> RateAsync(Guid id, string channelId, string userId, int stars, string? comment, CancellationToken cancellationToken = default) =>
        writer.ChangeAsync(id, null, change =>
        {
            ComplaintRules.RequireFiler(change, channelId, userId);
            return [ComplaintRules.Rate(change, stars, comment, Actor.Citizen)];
        }, cancellationToken);
}
