using Senate.ChatBot.BotBuilder.Dialogs.Prompts;

namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>
/// Runs a dialog stack for one turn. The root context (the one a <see cref="DialogSet"/> creates)
/// is also the safety net for state that no longer fits the code: if any dialog below it throws
/// <see cref="DialogStateMismatchException"/>, the whole stack is cleared, <see cref="StackWasReset"/>
/// becomes true and the operation returns <see cref="DialogTurnStatus.Empty"/> instead of failing,
/// so the caller can apologise and start the root dialog again.
/// </summary>
public class DialogContext
{
    private readonly bool _isRoot;

    /// <summary>A root context: it owns <paramref name="state"/> and resets it if it no longer fits.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
        : this(dialogs, turnContext, state, parent: null, isRoot: true)
    {
    }

    /// <summary>A child context (as a component dialog uses for its inner stack).</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state, parentDialogContext, isRoot: false)
    {
    }

    internal DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent, bool isRoot)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        Stack = (state ?? throw new ArgumentNullException(nameof(state))).DialogStack;
        Parent = parent;
        _isRoot = isRoot;
    }

    /// <summary>Shares <paramref name="dc"/>'s stack; used by <see cref="WaterfallStepContext"/>.</summary>
    private protected DialogContext(DialogContext dc)
        : this(dc.Dialogs, dc.Context, new DialogState(dc.Stack), dc.Parent, isRoot: false)
    {
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack; index 0 is the active dialog.</summary>
    public IList<DialogInstance> Stack { get; }

    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>True when stored state did not fit the dialogs and the stack was cleared this turn.</summary>
    public bool StackWasReset { get; internal set; }

    /// <summary>Finds a dialog in this context's set or, failing that, in a parent's.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a new instance of the dialog and begins it. An unknown id is a programming error and throws.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        GuardAsync(() => BeginAsync(dialogId, options, cancellationToken));

    public Task<DialogTurnResult> PromptAsync(
        string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Passes the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(async () => ActiveDialog is { } active
            ? await StoredDialog(active).ContinueDialogAsync(this, cancellationToken)
            : new DialogTurnResult(DialogTurnStatus.Empty));

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>, or completes the stack.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        GuardAsync(async () =>
        {
            await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
            return ActiveDialog is { } parent
                ? await StoredDialog(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken)
                : new DialogTurnResult(DialogTurnStatus.Complete, result);
        });

    /// <summary>Ends the active dialog (its parent is not resumed) and begins another in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        GuardAsync(async () =>
        {
            await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
            return await BeginAsync(dialogId, options, cancellationToken);
        });

    /// <summary>Ends every dialog on this stack (each sees <see cref="DialogReason.CancelCalled"/>).</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(async () =>
        {
            if (Stack.Count == 0)
            {
                return new DialogTurnResult(DialogTurnStatus.Empty);
            }

            while (Stack.Count > 0)
            {
                await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
            }

            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        });

    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(async () =>
        {
            if (ActiveDialog is { } active)
            {
                await StoredDialog(active).RepromptDialogAsync(Context, active, cancellationToken);
            }

            return Dialog.EndOfTurn;
        });

    private async Task<DialogTurnResult> BeginAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not in the dialog set or its parents.");
        Stack.Insert(0, new DialogInstance(dialogId));
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        // A stored dialog that no longer exists has nothing to clean up; it is simply popped.
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        Stack.Remove(instance);
    }

    private Dialog StoredDialog(DialogInstance instance) =>
        FindDialog(instance.Id)
        ?? throw new DialogStateMismatchException($"The stored dialog stack refers to unknown dialog '{instance.Id}'.");

    private async Task<DialogTurnResult> GuardAsync(Func<Task<DialogTurnResult>> operation)
    {
        if (!_isRoot)
        {
            return await operation();
        }

        try
        {
            return await operation();
        }
        catch (DialogStateMismatchException)
        {
            Stack.Clear();
            StackWasReset = true;
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
    }
}
