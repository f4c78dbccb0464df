using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Recognizers;

namespace Senate.ChatBot.BotBuilder.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question. Yes/no words are understood in Thai and English whatever the locale
/// (see <see cref="ConfirmRecognizer"/>); when the choices are shown, "1"/"2" and their titles work too.
/// The shown choices are ใช่/ไม่ใช่ for Thai (the default locale) and Yes/No otherwise.
/// </summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
    : Prompt<bool>(dialogId, validator)
{
    private static readonly (Choice Yes, Choice No) Thai = (new Choice("ใช่"), new Choice("ไม่ใช่"));
    private static readonly (Choice Yes, Choice No) English = (new Choice("Yes"), new Choice("No"));

    public ListStyle Style { get; init; } = ListStyle.SuggestedAction;

    /// <summary>Overrides the yes/no choices for every locale.</summary>
    public (Choice Yes, Choice No)? ConfirmChoices { get; init; }

    public string DefaultLocale { get; } = defaultLocale ?? "th-TH";

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = ChoiceFactory.Render(PromptActivity(options, isRetry), ChoicesFor(turnContext), options.Style ?? Style);
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity.Text;
        var answer = ConfirmRecognizer.Recognize(text);
        if (answer is null && (options.Style ?? Style) != ListStyle.None)
        {
            answer = ChoiceRecognizer.Recognize(text, ChoicesFor(turnContext)) is { } found ? found.Index == 0 : null;
        }

        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer is not null, Value = answer ?? false });
    }

    private Choice[] ChoicesFor(ITurnContext turnContext)
    {
        var locale = turnContext.Activity.Locale ?? DefaultLocale;
        var (yes, no) = ConfirmChoices ?? (locale.StartsWith("th", StringComparison.OrdinalIgnoreCase) ? Thai : English);
        return [yes, no];
    }
}
