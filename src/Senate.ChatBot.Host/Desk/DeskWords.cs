using System.Collections.Frozen;

namespace Senate.ChatBot.Host.Desk;

/// <summary>The desk's words in Thai and English, kept in one file per area of the desk.</summary>
internal static partial class DeskWords
{
    /// <summary>Every area's words. Methods, not fields, give the parts: partial files have no initialisation order. A key used twice fails at once.</summary>
    public static readonly FrozenDictionary<string, (string Thai, string English)> All =
        new[] { Common(), Inbox(), Case(), Reports(), Admin(), Today(), Me() }
            .SelectMany(words => words)
            .ToDictionary(StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal);
}
