using System.Text.Json;
using System.Text.Json.Serialization;

namespace Senate.ChatBot.BotBuilder.Schema;

/// <summary>Buttons offered with a message; they disappear once used (LINE quick replies, Web Chat suggested actions).</summary>
public sealed record SuggestedActions(IList<CardAction> Actions, IList<string>? To = null);

/// <summary>A clickable action. For <see cref="ActionTypes.ImBack"/> the <see cref="Value"/> is sent back as the user's text.</summary>
public sealed record CardAction(string Type, string Title, object? Value = null)
{
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public string? Image { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Call = "call";
}
