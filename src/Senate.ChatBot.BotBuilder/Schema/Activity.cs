using System.Text.Json;
using System.Text.Json.Serialization;

namespace Senate.ChatBot.BotBuilder.Schema;

/// <summary>
/// One message or event on a conversation, shaped like the Bot Framework Activity schema v3.
/// A mutable class (not a record) because adapters and middleware fill it in step by step, and
/// because a record's generated ToString would print message text into logs.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }

    /// <summary>Fields this schema does not model; kept so a round trip loses nothing.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Creates a message that answers this activity on the same conversation.</summary>
    public Activity CreateReply(string? text = null, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Text = text ?? string.Empty,
        Locale = locale ?? Locale,
    };

    /// <summary>Where to send messages on this conversation later (proactive messages).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>Addresses this outgoing activity to the conversation the reference names.</summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        From = reference.Bot;
        Recipient = reference.User;
        Locale ??= reference.Locale;
        ReplyToId ??= reference.ActivityId;
        return this;
    }

    /// <summary>Reads <see cref="ChannelData"/> as <typeparamref name="T"/>, or default when absent.</summary>
    public T? GetChannelData<T>() => ChannelData is { } data ? data.Deserialize<T>(BotJson.Options) : default;

    /// <summary>A shallow copy, so sending the same object twice cannot share an id or timestamp.</summary>
    public Activity Clone() => (Activity)MemberwiseClone();
}
