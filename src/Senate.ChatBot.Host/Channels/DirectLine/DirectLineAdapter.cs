using System.Runtime.CompilerServices;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Bots.Adapters;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>
/// Turns Direct Line posts into bot turns: the user's activity is echoed into the conversation
/// (with its id and the client's channelData.clientActivityID) before the bot runs, and everything
/// the bot sends is appended after it, each reply pointing at the echoed id.
/// </summary>
internal sealed class DirectLineAdapter(BotRuntime runtime, DirectLineConversationStore store) : SenateChannelAdapter(runtime)
{
    public static readonly ChannelAccount Bot = new("senate-bot", "ผู้ช่วยวุฒิสภา", RoleTypes.Bot);

    // A turn may send from two tasks (the typing indicator and the bot); the store wants one writer.
    private readonly ConditionalWeakTable<ITurnContext, SemaphoreSlim> _sendLocks = new();

    /// <summary>Creates the conversation and welcomes the user; false when it already existed (a resume).</summary>
    public async Task<bool> StartConversationAsync(TokenClaims claims, CancellationToken cancellationToken)
    {
        if (await store.ExistsAsync(claims.ConversationId))
        {
            return false;
        }

        await store.CreateAsync(claims.ConversationId, claims.UserId);
        var user = new ChannelAccount(claims.UserId, Role: RoleTypes.User);
        await ProcessActivityAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = DirectLineChannel.Id,
            Conversation = new ConversationAccount(claims.ConversationId),
            From = user,
            Recipient = Bot,
            MembersAdded = [user, Bot],
            Locale = "th-TH",
            Timestamp = TimeProvider.GetUtcNow(),
        }, cancellationToken);
        return true;
    }

    /// <summary>Runs one user activity; returns the id it got in the conversation.</summary>
    public async Task<string> ReceiveAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.ChannelId = DirectLineChannel.Id;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.Recipient = Bot;
        activity.ServiceUrl = null;
        await ProcessActivityAsync(activity, cancellationToken);
        return activity.Id!;
    }

    // Only the user's own activities are echoed; a conversationUpdate is the channel's, not theirs.
    protected override Task OnTurnStartingAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.Type == ActivityTypes.ConversationUpdate
            ? Task.CompletedTask
            : store.AppendAsync(activity.Conversation!.Id, activity);

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);

        var sendLock = _sendLocks.GetValue(turnContext, _ => new SemaphoreSlim(1, 1));
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            var responses = new List<ResourceResponse>(activities.Length);
            foreach (var activity in activities)
            {
                activity.From = Bot;
                await store.AppendAsync(turnContext.Activity.Conversation!.Id, activity);
                responses.Add(new ResourceResponse(activity.Id!));
            }

            return [.. responses];
        }
        finally
        {
            sendLock.Release();
        }
    }
}
