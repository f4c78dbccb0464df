using System.Text.Json;
using Senate.ChatBot.BotBuilder.State;

namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>Dialogs that can call each other by id, and (at the root) the state property holding their stack.</summary>
public sealed class DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog) && !ReferenceEquals(_dialogs[dialog.Id], dialog))
        {
            throw new ArgumentException($"A different dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string dialogId) => dialogId is null ? null : _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>
    /// Loads the stack from the state property. A stored stack that cannot be read as a
    /// <see cref="DialogState"/> (or has entries without an id) is replaced by an empty one and
    /// reported through <see cref="DialogContext.StackWasReset"/>.
    /// </summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var accessor = dialogState
            ?? throw new InvalidOperationException("This DialogSet was created without a DialogState property accessor.");
        try
        {
            var state = await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken);
            if (state.IsWellFormed)
            {
                return new DialogContext(this, turnContext, state);
            }
        }
        catch (JsonException)
        {
        }

        var fresh = new DialogState();
        await accessor.SetAsync(turnContext, fresh, cancellationToken);
        return new DialogContext(this, turnContext, fresh) { StackWasReset = true };
    }
}
