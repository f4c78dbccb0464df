using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.State;

/// <summary>
/// One turn's copy of a state document. Properties arrive as JSON and become live objects on first
/// typed read, so changes made to them during the turn are saved; saving serializes them back, and
/// a write happens only when that JSON differs from what was loaded.
/// </summary>
internal sealed class CachedBotState
{
    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);
    private string _savedJson;

    private CachedBotState(JsonElement? document, string? eTag)
    {
        if (document is { ValueKind: JsonValueKind.Object } properties)
        {
            foreach (var property in properties.EnumerateObject())
            {
                _properties[property.Name] = property.Value;
            }
        }

        ETag = eTag;
        _savedJson = ToJson();
    }

    /// <summary>The ETag the document was read with; null when it did not exist yet.</summary>
    public string? ETag { get; private set; }

    public bool IsChanged => ToJson() != _savedJson;

    public static CachedBotState Load(StoreItem? item) => new(item?.Document, item?.ETag);

    public bool TryGet<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        value = default;
        if (!_properties.TryGetValue(name, out var raw) || raw is null or JsonElement { ValueKind: JsonValueKind.Null })
        {
            return false;
        }

        if (raw is T typed)
        {
            value = typed;
            return true;
        }

        var json = raw as JsonElement? ?? JsonSerializer.SerializeToElement(raw, raw.GetType(), BotJson.Options);
        value = json.Deserialize<T>(BotJson.Options);
        _properties[name] = value;
        return value is not null;
    }

    public void Set<T>(string name, T value) => _properties[name] = value;

    public void Remove(string name) => _properties.Remove(name);

    /// <summary>Forgets every property but keeps the ETag, so the clearing write is still conditional.</summary>
    public void Clear() => _properties.Clear();

    public JsonElement ToDocument() => JsonSerializer.SerializeToElement(_properties, BotJson.Options);

    public void MarkSaved(JsonElement document, string eTag)
    {
        _savedJson = document.GetRawText();
        ETag = eTag;
    }

    private string ToJson() => JsonSerializer.Serialize(_properties, BotJson.Options);
}
