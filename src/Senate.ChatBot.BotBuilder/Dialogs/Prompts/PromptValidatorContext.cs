using System.Text.Json.Nodes;

namespace Senate.ChatBot.BotBuilder.Dialogs.Prompts;

/// <summary>Decides whether a recognized answer is acceptable; may send its own message explaining why not.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a validator gets: the recognizer's verdict, the prompt options, and which attempt this is (1-based).</summary>
public sealed class PromptValidatorContext<T>(
    ITurnContext context, PromptRecognizerResult<T> recognized, JsonObject state, PromptOptions options, int attemptCount)
{
    public ITurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    /// <summary>The prompt's persisted state bag.</summary>
    public JsonObject State { get; } = state;

    public PromptOptions Options { get; } = options;

    public int AttemptCount { get; } = attemptCount;
}

/// <summary>Whether the reply could be read as a <typeparamref name="T"/>, and the value read.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
