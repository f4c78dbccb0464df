using System.Numerics;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Recognizers;

namespace Senate.ChatBot.BotBuilder.Dialogs.Prompts;

/// <summary>
/// Asks for a number of type <typeparamref name="T"/> (int, long, decimal, double...). Understands
/// Thai digits, thousands separators and spelled-out Thai or English numbers (see
/// <see cref="ThaiNumberRecognizer"/>). A value that does not fit <typeparamref name="T"/>
/// (3.5 for an int, too large) is not recognized.
/// </summary>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null)
    : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
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

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<T>();
        if (ThaiNumberRecognizer.TryRecognize(turnContext.Activity.Text, out var number) && TryConvert(number, out var value))
        {
            result.Succeeded = true;
            result.Value = value;
        }

        return Task.FromResult(result);
    }

    private static bool TryConvert(decimal number, out T value)
    {
        try
        {
            value = T.CreateChecked(number);
            return decimal.CreateChecked(value) == number;
        }
        catch (OverflowException)
        {
            value = default;
            return false;
        }
    }
}
