using System.Globalization;
using System.Text;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Dialogs.Choices;

/// <summary>Renders choices into a prompt: numbered text lines always (screen readers), buttons when asked.</summary>
public static class ChoiceFactory
{
    /// <summary>LINE shows at most 13 quick replies.</summary>
    public const int MaxSuggestedActions = 13;

    /// <summary>LINE cuts quick reply labels at 20 characters.</summary>
    public const int MaxTitleLength = 20;

    public static Activity Render(Activity? prompt, IReadOnlyList<Choice> choices, ListStyle style)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var activity = prompt?.Clone() ?? MessageFactory.Text(string.Empty);
        activity.Type ??= ActivityTypes.Message;
        if (style == ListStyle.None || choices.Count == 0)
        {
            return activity;
        }

        var list = NumberedList(choices);
        activity.Text = string.IsNullOrWhiteSpace(activity.Text) ? list : $"{activity.Text}\n{list}";
        if (style == ListStyle.SuggestedAction)
        {
            activity.SuggestedActions = ToSuggestedActions(choices);
        }

        return activity;
    }

    /// <summary>"1. first\n2. second" with each choice's full title.</summary>
    public static string NumberedList(IEnumerable<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return string.Join('\n', choices.Select((choice, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {TitleOf(choice)}")));
    }

    /// <summary>imBack buttons (or each choice's own action) for the first 13 choices, titles shortened to 20 characters.</summary>
    public static SuggestedActions ToSuggestedActions(IEnumerable<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new SuggestedActions([.. choices.Take(MaxSuggestedActions).Select(choice =>
            choice.Action is { } action
                ? action with { Title = Shorten(action.Title) }
                : new CardAction(ActionTypes.ImBack, Shorten(choice.Value), choice.Value))]);
    }

    /// <summary>Cuts at a whole character (Thai vowels and tone marks stay with their consonant) and adds "…".</summary>
    public static string Shorten(string title, int maxLength = MaxTitleLength)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.Length <= maxLength)
        {
            return title;
        }

        var shortened = new StringBuilder(maxLength);
        var elements = StringInfo.GetTextElementEnumerator(title);
        while (elements.MoveNext() && shortened.Length + elements.GetTextElement().Length < maxLength)
        {
            shortened.Append(elements.GetTextElement());
        }

        return shortened.Append('…').ToString();
    }

    internal static string TitleOf(Choice choice) => choice.Action?.Title ?? choice.Value;
}
