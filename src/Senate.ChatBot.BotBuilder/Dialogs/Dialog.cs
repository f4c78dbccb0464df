namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>
/// A unit of conversation. A dialog keeps nothing between turns in its own fields: everything it
/// needs lives in its <see cref="DialogInstance.State"/>, which is persisted as JSON.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result that means "waiting for the user's next message".</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    public string Id { get; }

    /// <summary>Called when the dialog is pushed onto the stack; its instance is already the active dialog.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with the user's next activity while this dialog is active. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child dialog this dialog started has ended. The default ends this dialog with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again (for example after an interruption answered a help request).</summary>
    public virtual Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called just before the instance is popped, with the reason it ends.</summary>
    public virtual Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
