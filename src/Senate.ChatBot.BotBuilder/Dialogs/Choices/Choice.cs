using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Dialogs.Choices;

/// <summary>An option the user can pick: by number, by its value or action title, or by a synonym.</summary>
public sealed record Choice(string Value)
{
    /// <summary>The button to show instead of the default imBack button.</summary>
    public CardAction? Action { get; init; }

    public IList<string>? Synonyms { get; init; }
}

/// <summary>
/// The recognized choice. <see cref="Score"/> is 1 for a number or exact match and lower for a
/// partial or misspelt match; <see cref="Synonym"/> is the text that matched.
/// </summary>
public sealed record FoundChoice(string Value, int Index, float Score, string? Synonym = null);

/// <summary>How choices are shown with a prompt.</summary>
public enum ListStyle
{
    /// <summary>Only the prompt text.</summary>
    None,

    /// <summary>The prompt text followed by numbered lines (read well by screen readers).</summary>
    List,

    /// <summary>Numbered lines plus suggested-action buttons (LINE quick replies, Web Chat buttons).</summary>
    SuggestedAction,
}
