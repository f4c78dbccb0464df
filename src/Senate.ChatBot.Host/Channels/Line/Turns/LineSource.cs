using System.Text.Json;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>
/// Where an event came from: a one-to-one chat with a user, a group or a room. <see cref="ChatId"/>
/// is where answers go; <see cref="Key"/> names the queue whose events are handled in order.
/// </summary>
internal sealed record LineSource(string Type, string ChatId, string? UserId)
{
    public const string User = "user";

    public bool IsUserChat => Type == User;

    public string Key => $"{Type}:{ChatId}";

    public static LineSource? From(JsonElement lineEvent)
    {
        if (!lineEvent.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = Read(source, "type");
        var userId = Read(source, "userId");
        var chatId = type switch
        {
            User => userId,
            "group" => Read(source, "groupId"),
            "room" => Read(source, "roomId"),
            _ => null,
        };
        return type is null || chatId is null ? null : new LineSource(type, chatId, userId);
    }

    /// <summary>The inbox queue of an event: its chat, or one shared queue for channel-wide events.</summary>
    public static string KeyOf(JsonElement lineEvent) => From(lineEvent)?.Key ?? "channel";

    private static string? Read(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
