using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;

namespace Senate.ChatBot.BotBuilder.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>. The options are listed as
/// numbered lines and, by default, offered as suggested-action buttons; the answer may be a
/// number, a title, a synonym or a near miss (see <see cref="ChoiceRecognizer"/>).
/// </summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
    : Prompt<FoundChoice>(dialogId, validator)
{
    public ListStyle Style { get; init; } = ListStyle.SuggestedAction;

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = ChoiceFactory.Render(PromptActivity(options, isRetry), [.. options.Choices ?? []], options.Style ?? Style);
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, [.. options.Choices ?? []]);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
