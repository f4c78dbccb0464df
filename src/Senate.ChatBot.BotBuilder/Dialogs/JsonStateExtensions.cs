using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>
/// Typed access to JSON state bags (dialog instance state, waterfall values). Values are stored
/// as JSON immediately, so what a step reads in this turn is exactly what it reads after a restart.
/// </summary>
public static class JsonStateExtensions
{
    public static T? Get<T>(this JsonObject bag, string key) => bag.TryGet<T>(key, out var value) ? value : default;

    public static bool TryGet<T>(this JsonObject bag, string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(bag);
        value = default;
        if (!bag.TryGetPropertyValue(key, out var node) || node is null)
        {
            return false;
        }

        value = node.Deserialize<T>(BotJson.Options);
        return value is not null;
    }

    /// <summary>Stores a JSON copy of <paramref name="value"/>; later changes to the object are not seen.</summary>
    public static JsonObject Set<T>(this JsonObject bag, string key, T value)
    {
        ArgumentNullException.ThrowIfNull(bag);
        bag[key] = JsonSerializer.SerializeToNode(value, BotJson.Options);
        return bag;
    }
}
