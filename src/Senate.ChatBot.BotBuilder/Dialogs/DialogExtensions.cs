using Senate.ChatBot.BotBuilder.State;

namespace Senate.ChatBot.BotBuilder.Dialogs;

public static class DialogExtensions
{
    /// <summary>
    /// Runs <paramref name="dialog"/> as the root of the conversation: continues the active dialog,
    /// or begins <paramref name="dialog"/> when the stack is empty (as Bot Framework's RunAsync does).
    /// </summary>
    public static Task<DialogTurnResult> RunAsync(
        this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken = default) =>
        dialog.RunAsync(turnContext, accessor, onStackReset: null, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, CancellationToken)"/>;
    /// when stored state no longer fitted the dialogs and the stack was reset, <paramref name="onStackReset"/>
    /// runs first (say "let's start over"), then the root dialog begins anew.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor,
        Func<ITurnContext, CancellationToken, Task>? onStackReset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (dc.StackWasReset && onStackReset is not null)
        {
            await onStackReset(turnContext, cancellationToken);
        }

        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
            : result;
    }
}
