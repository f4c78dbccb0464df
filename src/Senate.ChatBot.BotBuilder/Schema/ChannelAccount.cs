using System.Text.Json;
using System.Text.Json.Serialization;

namespace Senate.ChatBot.BotBuilder.Schema;

/// <summary>A user or bot on a channel. <see cref="Role"/> is "user" or "bot" (see <see cref="RoleTypes"/>).</summary>
public sealed record ChannelAccount(string Id, string? Name = null, string? Role = null)
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}

/// <summary>A conversation on a channel; <see cref="IsGroup"/> is true for group chats.</summary>
public sealed record ConversationAccount(string Id, string? Name = null, bool? IsGroup = null)
{
    public string? ConversationType { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}

public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
