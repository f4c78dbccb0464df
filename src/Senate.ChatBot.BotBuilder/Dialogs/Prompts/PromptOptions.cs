using System.Text.Json;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Dialogs.Prompts;

/// <summary>What a prompt asks and how; stored as JSON in the prompt's dialog state.</summary>
public sealed record PromptOptions
{
    public Activity? Prompt { get; init; }

    /// <summary>Sent after an answer that was not understood; <see cref="Prompt"/> is repeated when null.</summary>
    public Activity? RetryPrompt { get; init; }

    public IList<Choice>? Choices { get; init; }

    /// <summary>Overrides the prompt's own list style.</summary>
    public ListStyle? Style { get; init; }

    /// <summary>Extra data for a validator (limits, patterns...).</summary>
    public JsonElement? Validations { get; init; }

    /// <summary>How many answers the user gets before the prompt gives up; overrides the prompt's <c>MaxAttempts</c>.</summary>
    public int? MaxAttempts { get; init; }
}

/// <summary>
/// The result a prompt ends with when the user did not give a valid answer within the allowed
/// attempts. A waterfall step sees it as <c>stepContext.Result</c> (or <c>stepContext.PromptFailed</c>)
/// and can apologise or offer help instead of asking forever.
/// </summary>
public sealed record PromptAttemptsExhausted(string PromptId, int AttemptCount);
