using System.Text.Json;
using System.Text.Json.Serialization;

namespace Senate.ChatBot.BotBuilder.Schema;

/// <summary>
/// A file or card. <see cref="Content"/> is any JSON-serializable object when sending and a
/// <see cref="JsonElement"/> after deserialization.
/// </summary>
public sealed record Attachment(string ContentType)
{
    public object? Content { get; init; }
    public string? ContentUrl { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}

/// <summary>Metadata about an activity (mentions, places...); everything but the type lives in <see cref="Properties"/>.</summary>
public sealed record Entity(string Type)
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
