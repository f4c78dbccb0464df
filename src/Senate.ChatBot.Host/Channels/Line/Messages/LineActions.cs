using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Host.Channels.Line.Messages;

/// <summary>Bot Framework card actions as LINE action objects (message, postback, uri).</summary>
internal static class LineActions
{
    public static JsonObject From(CardAction action, int labelLimit)
    {
        var label = LineLimits.Truncate(action.Title, labelLimit);
        var value = action.Value switch
        {
            null => action.Title,
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
            var other => JsonSerializer.Serialize(other, BotJson.Options),
        };
        return action.Type switch
        {
            ActionTypes.OpenUrl => new JsonObject { ["type"] = "uri", ["label"] = label, ["uri"] = value },
            ActionTypes.PostBack or ActionTypes.MessageBack => new JsonObject
            {
                ["type"] = "postback",
                ["label"] = label,
                ["data"] = LineLimits.Truncate(value, LineLimits.PostbackData),
                ["displayText"] = LineLimits.Truncate(action.DisplayText ?? action.Title, LineLimits.ActionText),
            },
            _ => new JsonObject { ["type"] = "message", ["label"] = label, ["text"] = LineLimits.Truncate(value, LineLimits.ActionText) },
        };
    }

    /// <summary>Suggested actions as a quick reply (at most 13 buttons).</summary>
    public static JsonObject QuickReply(SuggestedActions actions) => new()
    {
        ["items"] = new JsonArray([.. actions.Actions.Take(LineLimits.QuickReplyItems).Select(a => (JsonNode)new JsonObject
        {
            ["type"] = "action",
            ["action"] = From(a, LineLimits.QuickReplyLabel),
        })]),
    };
}
