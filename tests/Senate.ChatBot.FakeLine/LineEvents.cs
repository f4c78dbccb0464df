using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Senate.ChatBot.FakeLine;

/// <summary>Webhook event objects shaped as in webhook.yml. Reply tokens come from the platform so it can check their use.</summary>
public static class LineEvents
{
    public static string NewUserId() => "U" + RandomNumberGenerator.GetHexString(32, lowercase: true);

    public static string NewGroupId() => "C" + RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>A ULID-looking id (26 characters of Crockford base 32), as LINE's webhookEventId.</summary>
    public static string NewEventId() => RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26);

    public static JsonObject UserSource(string userId) => new() { ["type"] = "user", ["userId"] = userId };

    public static JsonObject GroupSource(string groupId, string? userId = null)
    {
        var source = new JsonObject { ["type"] = "group", ["groupId"] = groupId };
        if (userId is not null)
        {
            source["userId"] = userId;
        }

        return source;
    }

    public static JsonObject Text(JsonObject source, string text, string? replyToken, DateTimeOffset at) =>
        Event("message", source, replyToken, at, ("message", new JsonObject
        {
            ["type"] = "text",
            ["id"] = NewMessageId(),
            ["quoteToken"] = RandomNumberGenerator.GetHexString(32),
            ["text"] = text,
        }));

    public static JsonObject Sticker(JsonObject source, string? replyToken, DateTimeOffset at) =>
        Event("message", source, replyToken, at, ("message", new JsonObject
        {
            ["type"] = "sticker",
            ["id"] = NewMessageId(),
            ["quoteToken"] = RandomNumberGenerator.GetHexString(32),
            ["packageId"] = "446",
            ["stickerId"] = "1988",
            ["stickerResourceType"] = "STATIC",
        }));

    public static string NewMessageId() => RandomNumberGenerator.GetString("0123456789", 18);

    /// <summary>A photo kept by LINE; its bytes are what the test registers with FakeLineState.AddContent under <paramref name="messageId"/>.</summary>
    public static JsonObject Image(JsonObject source, string messageId, string? replyToken, DateTimeOffset at) =>
        Event("message", source, replyToken, at, ("message", new JsonObject
        {
            ["type"] = "image",
            ["id"] = messageId,
            ["quoteToken"] = RandomNumberGenerator.GetHexString(32),
            ["contentProvider"] = new JsonObject { ["type"] = "line" },
        }));

    /// <summary>A file message; LINE states the name and size in the event, the bytes come from the data API.</summary>
    public static JsonObject File(JsonObject source, string messageId, string fileName, long fileSize, string? replyToken, DateTimeOffset at) =>
        Event("message", source, replyToken, at, ("message", new JsonObject
        {
            ["type"] = "file",
            ["id"] = messageId,
            ["fileName"] = fileName,
            ["fileSize"] = fileSize,
        }));

    public static JsonObject Postback(JsonObject source, string data, string? replyToken, DateTimeOffset at) =>
        Event("postback", source, replyToken, at, ("postback", new JsonObject { ["data"] = data }));

    public static JsonObject Follow(JsonObject source, string? replyToken, DateTimeOffset at) =>
        Event("follow", source, replyToken, at, ("follow", new JsonObject { ["isUnblocked"] = false }));

    public static JsonObject Unfollow(JsonObject source, DateTimeOffset at) => Event("unfollow", source, null, at);

    public static JsonObject AccountLink(JsonObject source, string result, string nonce, string? replyToken, DateTimeOffset at) =>
        Event("accountLink", source, replyToken, at, ("link", new JsonObject { ["result"] = result, ["nonce"] = nonce }));

    /// <summary>Any event type, for types the bot does not know (LINE adds new ones).</summary>
    public static JsonObject Event(string type, JsonObject? source, string? replyToken, DateTimeOffset at, params (string Name, JsonNode Value)[] extra)
    {
        var e = new JsonObject
        {
            ["type"] = type,
            ["mode"] = "active",
            ["timestamp"] = at.ToUnixTimeMilliseconds(),
            ["webhookEventId"] = NewEventId(),
            ["deliveryContext"] = new JsonObject { ["isRedelivery"] = false },
        };
        if (source is not null)
        {
            e["source"] = source.DeepClone();
        }

        if (replyToken is not null)
        {
            e["replyToken"] = replyToken;
        }

        foreach (var (name, value) in extra)
        {
            e[name] = value;
        }

        return e;
    }

    /// <summary>The same event as LINE redelivers it: same webhookEventId, isRedelivery true.</summary>
    public static JsonObject AsRedelivery(JsonObject original)
    {
        var copy = original.DeepClone().AsObject();
        copy["deliveryContext"] = new JsonObject { ["isRedelivery"] = true };
        return copy;
    }
}
