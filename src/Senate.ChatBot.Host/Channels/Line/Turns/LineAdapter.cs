using System.Runtime.CompilerServices;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Bots.Adapters;
using Senate.ChatBot.Host.Channels.Line.Api;
using Senate.ChatBot.Host.Channels.Line.Messages;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>
/// Runs bot turns for LINE events. Message activities the bot sends are collected and delivered
/// when the turn ends (reply first, push for the rest or when the reply token is no good); a
/// typing activity shows LINE's loading animation at once.
/// </summary>
internal sealed class LineAdapter(
    BotRuntime runtime,
    LineMessenger messenger,
    LineMessagingClient client,
    ILogger<LineAdapter> logger) : SenateChannelAdapter(runtime)
{
    public const string ChannelId = "line";
    public static readonly ChannelAccount Bot = new("line-bot", "ผู้ช่วยวุฒิสภา", RoleTypes.Bot);

    private static readonly TimeSpan LoadingRepeat = TimeSpan.FromSeconds(15);
    private const int LoadingSeconds = 20;

    private readonly ConditionalWeakTable<Activity, LineTurn> _turns = new();

    /// <summary>Runs the bot on the activity and then delivers everything it said.</summary>
    public async Task RunTurnAsync(Activity activity, LineTurn turn, CancellationToken cancellationToken)
    {
        _turns.AddOrUpdate(activity, turn);
        await ProcessActivityAsync(activity, cancellationToken);
        await DeliverAsync(turn, cancellationToken);
    }

    /// <summary>Sends channel-made answers (account link, "I read text only") the same way as the bot's.</summary>
    public Task DeliverAsync(LineTurn turn, CancellationToken cancellationToken) =>
        messenger.DeliverAsync(turn, LineMessageBuilder.Build(turn.Pending), cancellationToken);

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        if (!_turns.TryGetValue(turnContext.Activity, out var turn))
        {
            throw new InvalidOperationException("A LINE turn must be started with RunTurnAsync.");
        }

        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.Typing)
            {
                await ShowLoadingAsync(turn, cancellationToken);
            }
            else if (activity.Type == ActivityTypes.Message)
            {
                lock (turn.Pending)
                {
                    turn.Pending.Add(activity);
                }
            }
        }

        return [.. activities.Select(a => new ResourceResponse(a.Id ?? Guid.NewGuid().ToString("N")))];
    }

    // The animation is a courtesy: failing to show it must not fail the turn.
    private async Task ShowLoadingAsync(LineTurn turn, CancellationToken cancellationToken)
    {
        var now = TimeProvider.GetUtcNow();
        if (!turn.IsUserChat || now - turn.LoadingShownAt < LoadingRepeat)
        {
            return;
        }

        turn.LoadingShownAt = now;
        try
        {
            await client.ShowLoadingAsync(turn.ChatId, LoadingSeconds, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = e.GetType().Name;
            LineLog.LoadingFailed(logger, failure);
        }
    }
}
