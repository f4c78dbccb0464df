using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.State;

namespace Senate.ChatBot.Dialogs.ComplaintStatus;

/// <summary>
/// Slows down guessing of reference numbers: after <see cref="MaxMisses"/> unknown numbers within
/// <see cref="Window"/>, the chat account must wait until the oldest miss is out of the window.
/// Kept in the user's state, so it holds across conversations of the same account.
/// </summary>
public sealed class LookupLimiter(UserState userState, TimeProvider time)
{
    public const int MaxMisses = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly IStatePropertyAccessor<List<DateTimeOffset>> _misses = userState.CreateProperty<List<DateTimeOffset>>("complaintLookupMisses");

    /// <summary>How long the account must still wait before the next lookup, or null when it may look up now.</summary>
    public async Task<TimeSpan?> WaitAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var recent = await RecentAsync(turnContext, cancellationToken);
        return recent.Count < MaxMisses ? null : recent.Min() + Window - time.GetUtcNow();
    }

    public async Task RecordMissAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var recent = await RecentAsync(turnContext, cancellationToken);
        recent.Add(time.GetUtcNow());
        await _misses.SetAsync(turnContext, recent, cancellationToken);
    }

    private async Task<List<DateTimeOffset>> RecentAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - Window;
        var all = await _misses.GetAsync(turnContext, () => [], cancellationToken);
        return [.. all.Where(m => m > since)];
    }
}
