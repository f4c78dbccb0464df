using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>
/// The context a waterfall step runs with. It is a <see cref="DialogContext"/> on the same stack,
/// so a step can call <c>PromptAsync</c>, <c>BeginDialogAsync</c> or <c>EndDialogAsync</c> on it.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _waterfall = waterfall;
        _instance = instance;
        Index = index;
        Reason = reason;
        Result = result;
        if (instance.State[WaterfallDialog.ValuesKey] is not JsonObject values)
        {
            values = [];
            instance.State[WaterfallDialog.ValuesKey] = values;
        }

        Values = values;
    }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's child dialog result (or the user's text); lives only for this turn.</summary>
    public object? Result { get; }

    /// <summary>True when the previous step's prompt gave up after its maximum attempts.</summary>
    public bool PromptFailed => Result is PromptAttemptsExhausted;

    /// <summary>
    /// Values shared by all steps, persisted with the dialog. Store JSON values:
    /// <c>Values["name"] = "Somchai"</c> or <c>Values.Set("complaint", draft)</c>; read with <c>Values.Get&lt;T&gt;(key)</c>.
    /// </summary>
    public JsonObject Values { get; }

    /// <summary>The options the waterfall began with, as stored JSON.</summary>
    public JsonNode? Options => _instance.State[WaterfallDialog.OptionsKey];

    /// <summary>The begin options as <typeparamref name="T"/>; stored options of another shape reset the stack.</summary>
    public T? GetOptions<T>()
    {
        try
        {
            return Options is null ? default : Options.Deserialize<T>(BotJson.Options);
        }
        catch (JsonException exception)
        {
            throw new DialogStateMismatchException($"Stored options of waterfall '{_waterfall.Id}' do not fit {typeof(T).Name}.", exception);
        }
    }

    /// <summary>Skips to the next step without waiting for the user; may be called once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
