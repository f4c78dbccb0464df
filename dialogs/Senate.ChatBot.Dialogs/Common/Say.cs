using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Dialogs.Common;

/// <summary>Picks the Thai or English wording for the person's language (Thai unless they write English).</summary>
public static class Say
{
    public static bool IsEnglish(ITurnContext turnContext) =>
        turnContext?.Activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;

    public static string Pick(ITurnContext turnContext, string thai, string english) =>
        IsEnglish(turnContext) ? english : thai;

    public static Activity Text(ITurnContext turnContext, string thai, string english) =>
        MessageFactory.Text(Pick(turnContext, thai, english));
}
