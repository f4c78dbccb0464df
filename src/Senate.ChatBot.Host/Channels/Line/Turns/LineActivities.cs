using System.Text.Json;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Host.Attachments;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>
/// LINE events as Bot Framework activities: text, postbacks and stored files as messages, follow/join/leave
/// as conversation updates.
/// </summary>
internal static class LineActivities
{
    public static Activity Message(LineSource source, string eventId, DateTimeOffset at, string text, JsonElement? value = null)
    {
        var activity = Base(ActivityTypes.Message, source, eventId, at);
        activity.Text = text;
        activity.Value = value;
        return activity;
    }

    /// <summary>A photo or file the channel has stored, linked the way dialogs expect (/api/attachments/{id}).</summary>
    public static Activity File(LineSource source, string eventId, DateTimeOffset at, StoredAttachment stored)
    {
        var activity = Base(ActivityTypes.Message, source, eventId, at);
        activity.Attachments = [new Attachment(stored.ContentType) { ContentUrl = AttachmentEndpoints.PathOf(stored.Id), Name = stored.FileName }];
        return activity;
    }

    public static Activity MembersAdded(LineSource source, string eventId, DateTimeOffset at, IList<ChannelAccount> members)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, source, eventId, at);
        activity.MembersAdded = members;
        return activity;
    }

    public static Activity MembersRemoved(LineSource source, string eventId, DateTimeOffset at, IList<ChannelAccount> members)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, source, eventId, at);
        activity.MembersRemoved = members;
        return activity;
    }

    public static ChannelAccount UserAccount(string userId) => new(userId, Role: RoleTypes.User);

    // In a group or room everyone reads the answers, so the sender must never count as a linked member
    // there: the id is scoped to the chat, which no account link matches. Personal records stay one-to-one.
    private static string FromId(LineSource source) =>
        source.IsUserChat ? source.ChatId : $"{source.ChatId}:{source.UserId ?? "unknown"}";

    private static Activity Base(string type, LineSource source, string eventId, DateTimeOffset at) => new()
    {
        Type = type,
        Id = eventId,
        ChannelId = LineAdapter.ChannelId,
        Timestamp = at,
        From = UserAccount(FromId(source)),
        Recipient = LineAdapter.Bot,
        Conversation = new ConversationAccount(source.ChatId, IsGroup: !source.IsUserChat)
        {
            ConversationType = source.IsUserChat ? "personal" : source.Type,
        },
        Locale = "th-TH",
    };
}
