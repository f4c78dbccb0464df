using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class ChoiceFactoryTests
{
    [Fact]
    public void Long_titles_are_shortened_for_buttons_but_listed_in_full()
    {
        var choice = new Choice("รายงานการประชุมคณะกรรมาธิการสามัญ");

        var activity = ChoiceFactory.Render(MessageFactory.Text("เลือก"), [choice], ListStyle.SuggestedAction);

        var title = activity.SuggestedActions!.Actions.Single().Title;
        Assert.True(title.Length <= ChoiceFactory.MaxTitleLength);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.StartsWith(title[..^1], choice.Value, StringComparison.Ordinal);
        Assert.Equal(choice.Value, activity.SuggestedActions.Actions.Single().Value);
        Assert.Equal("เลือก\n1. รายงานการประชุมคณะกรรมาธิการสามัญ", activity.Text);
    }

    [Fact]
    public void Shortening_never_splits_a_Thai_vowel_or_tone_mark_from_its_consonant()
    {
        // Position 19 falls between "น" and its tone mark "้".
        var shortened = ChoiceFactory.Shorten("กกกกกกกกกกกกกกกกกกน้ำ");

        Assert.Equal("กกกกกกกกกกกกกกกกกก…", shortened);
    }

    [Fact]
    public void At_most_thirteen_buttons_but_every_choice_is_listed()
    {
        var choices = Enumerable.Range(1, 15).Select(i => new Choice($"ตัวเลือก {i}")).ToArray();

        var activity = ChoiceFactory.Render(null, choices, ListStyle.SuggestedAction);

        Assert.Equal(ChoiceFactory.MaxSuggestedActions, activity.SuggestedActions!.Actions.Count);
        Assert.EndsWith("15. ตัวเลือก 15", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prompt_activity_given_is_not_modified()
    {
        var prompt = MessageFactory.Text("เลือก");

        ChoiceFactory.Render(prompt, [new Choice("a")], ListStyle.SuggestedAction);

        Assert.Equal("เลือก", prompt.Text);
        Assert.Null(prompt.SuggestedActions);
    }
}
