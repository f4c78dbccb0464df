using System.Text.Json.Nodes;

namespace Senate.ChatBot.BotBuilder.Dialogs.Prompts;

/// <summary>Asks for free text; any non-blank message succeeds, trimmed.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null)
    : Prompt<string>(dialogId, validator)
{
    protected override async Task OnPromptAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (PromptActivity(options, isRetry) is { } activity)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken);
        }
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(new PromptRecognizerResult<string>
        {
            Succeeded = !string.IsNullOrEmpty(text),
            Value = string.IsNullOrEmpty(text) ? null : text,
        });
    }
}
