using System.Security.Cryptography;
using System.Text;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>
/// Where one turn's answer goes: the chat (user, group or room) to push to, the reply token if the
/// event had one, and when the event happened (a reply token lives about a minute from then).
/// The bot's messages are collected here and sent together when the turn ends, so one reply token
/// carries up to five of them. <paramref name="eventId"/> and <paramref name="attempt"/> say which
/// stored webhook event this is and which try of it, so a retry after a crash can tell what went out.
/// </summary>
internal sealed class LineTurn(string chatId, bool isUserChat, string? replyToken, DateTimeOffset eventTime, string? eventId = null, int attempt = 1)
{
    public string ChatId { get; } = chatId;

    /// <summary>Only one-to-one chats can show the loading animation.</summary>
    public bool IsUserChat { get; } = isUserChat;

    public string? ReplyToken { get; } = replyToken;

    public DateTimeOffset EventTime { get; } = eventTime;

    public List<Activity> Pending { get; } = [];

    /// <summary>Adds a text answer the channel gives itself, without a bot turn (linking, files it cannot take).</summary>
    public void Say(string text) => Pending.Add(MessageFactory.Text(text));

    public DateTimeOffset? LoadingShownAt { get; set; }

    /// <summary>An earlier try of this event may have delivered part of the answer before its host died.</summary>
    public bool IsRetry => attempt > 1;

    /// <summary>
    /// The X-Line-Retry-Key of the answer's n-th push: derived from the webhook event, so a retry of the
    /// event after a crash sends the same keys and LINE answers 409 to pushes that already went out.
    /// </summary>
    public Guid RetryKey(int batch)
    {
        if (eventId is null)
        {
            return Guid.NewGuid();
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{eventId}/{batch.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: name-based, our own hash
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
