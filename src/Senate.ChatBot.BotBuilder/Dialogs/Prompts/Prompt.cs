using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits for a valid answer. Instance state:
/// <c>{"options": {PromptOptions}, "state": {"attemptCount": n}}</c>. On an invalid answer it
/// sends the retry prompt (unless the validator already answered); after <see cref="MaxAttempts"/>
/// invalid answers it ends with <see cref="PromptAttemptsExhausted"/> instead of asking again.
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId)
{
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "attemptCount";

    /// <summary>Answers allowed before giving up, when <see cref="PromptOptions.MaxAttempts"/> is not set.</summary>
    public int MaxAttempts { get; init; } = 3;

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options switch
        {
            null => new PromptOptions(),
            PromptOptions given => given,
            _ => throw new ArgumentException($"Prompt '{Id}' needs PromptOptions, not {options.GetType().Name}.", nameof(options)),
        };
        var instance = dc.ActiveDialog!;
        instance.State.Set(OptionsKey, promptOptions);
        instance.State[StateKey] = new JsonObject { [AttemptCountKey] = 0 };
        var (state, stored) = Read(instance);
        await OnPromptAsync(dc.Context, state, stored, false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var (state, options) = Read(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var attempt = (state[AttemptCountKey] is JsonValue stored && stored.TryGetValue(out int count) ? count : 0) + 1;
        state[AttemptCountKey] = attempt;
        var isValid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options, attempt), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (attempt >= (options.MaxAttempts ?? MaxAttempts))
        {
            return await dc.EndDialogAsync(new PromptAttemptsExhausted(Id, attempt), cancellationToken);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A prompt has no children of its own to wait for; if something ran on top of it, ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = Read(instance);
        return OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }

    protected abstract Task OnPromptAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// The activity to send: the retry prompt on a retry when there is one, else the prompt. It is
    /// marked as expecting input (Web Chat opens the microphone) unless it explicitly ignores input.
    /// </summary>
    protected static Activity? PromptActivity(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null && activity.InputHint != InputHints.IgnoringInput)
        {
            activity.InputHint = InputHints.ExpectingInput;
        }

        return activity;
    }

    private (JsonObject State, PromptOptions Options) Read(DialogInstance instance)
    {
        try
        {
            if (instance.State[StateKey] is JsonObject state && instance.State.Get<PromptOptions>(OptionsKey) is { } options)
            {
                return (state, options);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw new DialogStateMismatchException($"Stored state of prompt '{Id}' cannot be read.", exception);
        }

        throw new DialogStateMismatchException($"Stored state of prompt '{Id}' is incomplete.");
    }
}
