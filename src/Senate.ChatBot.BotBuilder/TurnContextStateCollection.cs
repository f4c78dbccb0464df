using System.Diagnostics.CodeAnalysis;

namespace Senate.ChatBot.BotBuilder;

/// <summary>A typed bag for one turn; the key defaults to the value type's full name.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "Bot Framework's name, kept for familiarity.")]
public sealed class TurnContextStateCollection
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public T? Get<T>() => Get<T>(KeyOf<T>());

    public T? Get<T>(string key) => _values.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public bool TryGetValue<T>(string key, out T? value)
    {
        var found = _values.TryGetValue(key, out var raw) && raw is T;
        value = found ? (T)raw! : default;
        return found;
    }

    public void Set<T>(T value) => _values[KeyOf<T>()] = value;

    public void Set<T>(string key, T value) => _values[key] = value;

    /// <summary>Adds a value; throws if the key is taken, so two components cannot silently share a slot.</summary>
    public void Add<T>(string key, T value) => _values.Add(key, value);

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool Remove(string key) => _values.Remove(key);

    private static string KeyOf<T>() => typeof(T).FullName ?? typeof(T).Name;
}
