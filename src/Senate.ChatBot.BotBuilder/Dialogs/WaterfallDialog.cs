using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>One step of a waterfall: ask something (or do something) and return the turn result.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);

/// <summary>
/// Runs steps in order. Instance state: <c>{"stepIndex": n, "values": {...}, "options": ...}</c>.
/// A stored step index outside the current steps is reported as a state mismatch (reset), never run.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    internal const string StepIndexKey = "stepIndex";
    internal const string ValuesKey = "values";
    internal const string OptionsKey = "options";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId) => _steps = [.. steps ?? []];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = Active(dc).State;
        state[OptionsKey] = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType(), BotJson.Options);
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A user message moves to the next step with the text as result; other activities are ignored.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var stored = Active(dc).State[StepIndexKey] as JsonValue;
        if (stored is null || !stored.TryGetValue(out int index) || index < 0 || index >= _steps.Count)
        {
            throw new DialogStateMismatchException(
                $"Waterfall '{Id}' has {_steps.Count} steps; the stored step index '{stored}' does not fit.");
        }

        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = Active(dc);
        instance.State[StepIndexKey] = index;
        var stepContext = new WaterfallStepContext(this, dc, instance, index, reason, result);
        return await _steps[index](stepContext, cancellationToken);
    }

    private DialogInstance Active(DialogContext dc) =>
        dc.ActiveDialog is { } active && active.Id == Id
            ? active
            : throw new InvalidOperationException($"Waterfall '{Id}' is not the active dialog.");
}
