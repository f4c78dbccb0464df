namespace Senate.ChatBot.BotBuilder.State;

/// <summary>State shared by everyone in one conversation; key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId
            ?? throw new InvalidOperationException("The activity has no channelId.");
        var conversationId = activity.Conversation?.Id
            ?? throw new InvalidOperationException("The activity has no conversation id.");
        return $"{channelId}/conversations/{conversationId}";
    }
}

/// <summary>State of one user across conversations on a channel; key <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId
            ?? throw new InvalidOperationException("The activity has no channelId.");
        var userId = activity.From?.Id
            ?? throw new InvalidOperationException("The activity has no from.id.");
        return $"{channelId}/users/{userId}";
    }
}
