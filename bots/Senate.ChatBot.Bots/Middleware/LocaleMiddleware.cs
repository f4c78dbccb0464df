using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Bots.Middleware;

/// <summary>
/// Thai first, English understood: a message with Thai letters is answered in Thai, one written only
/// in Latin letters in English, anything else (numbers, emoji, stickers) in the language last used.
/// </summary>
public sealed class LocaleMiddleware : IMiddleware
{
    public const string Thai = "th-TH";
    public const string English = "en-US";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        activity.Locale = Detect(activity.Type == ActivityTypes.Message ? activity.Text : null) ?? Normalize(activity.Locale);
        return next(cancellationToken);
    }

    public static bool IsThai(ITurnContext turnContext) =>
        !string.Equals(turnContext?.Activity.Locale, English, StringComparison.Ordinal);

    /// <summary>The language of a text, or null when it has no letters to tell by.</summary>
    public static string? Detect(string? text)
    {
        var latin = false;
        foreach (var c in text ?? "")
        {
            if (c is >= '\u0E00' and <= '\u0E7F')
            {
                return Thai;
            }

            latin |= char.IsAsciiLetter(c);
        }

        return latin ? English : null;
    }

    private static string Normalize(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Thai;
}
