using Marten;

namespace Senate.ChatBot.Features.Feedback;

/// <summary>Records satisfaction scores for the service report.</summary>
public sealed class ServiceRatings(IDocumentStore store, TimeProvider time)
{
    public async Task RecordAsync(string channel, int score, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(score, ServiceRating.Lowest);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, ServiceRating.Highest);
        await using var session = store.LightweightSession();
        session.Store(new ServiceRating(Guid.CreateVersion7(), channel, score, time.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
    }

}
