using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Dialogs.Common;

/// <summary>The main things the bot does, offered as buttons (LINE quick replies, Web Chat suggested actions).</summary>
public static class Topics
{
    private static readonly string[] Thai = ["ตารางประชุม", "ชั้นหนังสือ", "ร้องเรียน", "ติดตามเรื่อง", "ติดต่อเจ้าหน้าที่"];
    private static readonly string[] English = ["Meetings", "Bookshelf", "File a complaint", "Track a complaint", "Talk to staff"];

    public static SuggestedActions Buttons(ITurnContext turnContext) =>
        new([.. (Say.IsEnglish(turnContext) ? English : Thai).Select(t => new CardAction(ActionTypes.ImBack, t, t))]);

    /// <summary>A message with the topic buttons; the text itself also names the topics for screen readers.</summary>
    public static Activity Offer(ITurnContext turnContext, string thai, string english)
    {
        var activity = Say.Text(turnContext, thai, english);
        activity.SuggestedActions = Buttons(turnContext);
        return activity;
    }
}
