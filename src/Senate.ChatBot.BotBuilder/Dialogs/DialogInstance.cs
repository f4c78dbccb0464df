using System.Text.Json.Nodes;

namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>
/// One entry of a dialog stack: which dialog, and its JSON state. Stored as
/// <c>{"id": "...", "state": {...}}</c>; the state is plain JSON so it survives a restart unchanged.
/// </summary>
public sealed class DialogInstance(string id, JsonObject? state = null)
{
    public string Id { get; } = id;

    public JsonObject State { get; } = state ?? [];
}

/// <summary>A dialog stack, persisted as <c>{"dialogStack": [ active, parent, ... ]}</c> (index 0 is the active dialog).</summary>
public sealed class DialogState(IList<DialogInstance>? dialogStack = null)
{
    public IList<DialogInstance> DialogStack { get; } = dialogStack ?? [];

    /// <summary>False when stored JSON left an entry without an id (or no entry at all).</summary>
    internal bool IsWellFormed => DialogStack.All(instance => !string.IsNullOrEmpty(instance?.Id));
}
