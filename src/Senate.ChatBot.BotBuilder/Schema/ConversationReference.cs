namespace Senate.ChatBot.BotBuilder.Schema;

/// <summary>Enough of an activity to address a later (proactive) message to the same conversation.</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }
    public ChannelAccount? User { get; init; }
    public ChannelAccount? Bot { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public string? Locale { get; init; }

    /// <summary>The event activity a proactive turn runs with (Bot Framework's "ContinueConversation").</summary>
    public Activity GetContinuationActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = "ContinueConversation",
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = User,
        Recipient = Bot,
        Locale = Locale,
    };
}

/// <summary>What a channel returns for a sent activity: the id it gave the activity.</summary>
public sealed record ResourceResponse(string Id);
