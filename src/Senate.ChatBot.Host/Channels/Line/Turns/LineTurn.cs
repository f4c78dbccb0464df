using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>
/// Where one turn's answer goes: the chat (user, group or room) to push to, the reply token if the
/// event had one, and when the event happened (a reply token lives about a minute from then).
/// The bot's messages are collected here and sent together when the turn ends, so one reply token
/// carries up to five of them.
/// </summary>
internal sealed class LineTurn(string chatId, bool isUserChat, string? replyToken, DateTimeOffset eventTime)
{
    public string ChatId { get; } = chatId;

    /// <summary>Only one-to-one chats can show the loading animation.</summary>
    public bool IsUserChat { get; } = isUserChat;

    public string? ReplyToken { get; } = replyToken;

    public DateTimeOffset EventTime { get; } = eventTime;

    public List<Activity> Pending { get; } = [];

    public DateTimeOffset? LoadingShownAt { get; set; }
}
