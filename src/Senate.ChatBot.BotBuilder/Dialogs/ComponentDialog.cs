using System.Text.Json;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>
/// A dialog made of dialogs, with its own inner stack stored in its instance state as
/// <c>{"dialogs": {"dialogStack": [...]}}</c>. Override <see cref="OnContinueDialogAsync"/> to look
/// at each message first (cancel, help) before the inner dialog continues.
/// </summary>
public class ComponentDialog(string dialogId) : Dialog(dialogId)
{
    private const string InnerStateKey = "dialogs";

    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs { get; } = new();

    /// <summary>Adds an inner dialog; the first one added becomes <see cref="InitialDialogId"/> unless set.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var instance = Active(dc);
        var inner = new DialogState();
        var turnResult = await OnBeginDialogAsync(new DialogContext(Dialogs, dc, inner), options, cancellationToken);
        Save(instance, inner);
        return await EndIfDoneAsync(dc, instance, turnResult, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var instance = Active(dc);
        var inner = Load(instance);
        var turnResult = await OnContinueDialogAsync(new DialogContext(Dialogs, dc, inner), cancellationToken);
        Save(instance, inner);
        return await EndIfDoneAsync(dc, instance, turnResult, cancellationToken);
    }

    /// <summary>Only reached if this component began a dialog on the outer stack; it re-asks and waits.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, Active(dc), cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = Load(instance);
        await new DialogContext(Dialogs, turnContext, inner, parent: null, isRoot: false).RepromptDialogAsync(cancellationToken);
        Save(instance, inner);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
    }

    public override async Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        // Cancelling tells the inner dialogs too; inner state that cannot be read has nothing to tell.
        if (reason == DialogReason.CancelCalled && TryLoad(instance) is { } inner)
        {
            await new DialogContext(Dialogs, turnContext, inner, parent: null, isRoot: false).CancelAllDialogsAsync(cancellationToken);
            Save(instance, inner);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(
        DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnEndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Ends this component with the inner result; override to shape the result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> EndIfDoneAsync(
        DialogContext dc, DialogInstance instance, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        if (turnResult.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // An inner dialog may already have ended or replaced this component through its parent context.
        return ReferenceEquals(dc.ActiveDialog, instance)
            ? await EndComponentAsync(dc, turnResult.Result, cancellationToken)
            : turnResult;
    }

    private DialogInstance Active(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.ActiveDialog is { } active && active.Id == Id
            ? active
            : throw new InvalidOperationException($"Component '{Id}' is not the active dialog.");
    }

    private static void Save(DialogInstance instance, DialogState inner) =>
        instance.State[InnerStateKey] = JsonSerializer.SerializeToNode(inner, BotJson.Options);

    private DialogState Load(DialogInstance instance) =>
        TryLoad(instance) ?? throw new DialogStateMismatchException($"Component '{Id}' has no readable inner dialog stack.");

    private static DialogState? TryLoad(DialogInstance instance)
    {
        try
        {
            return instance.State.Get<DialogState>(InnerStateKey) is { IsWellFormed: true } inner ? inner : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
