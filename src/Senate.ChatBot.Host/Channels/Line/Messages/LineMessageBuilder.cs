using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Host.Channels.Line.Messages;

/// <summary>
/// The bot's message activities of one turn as LINE message objects: text split to LINE's length,
/// hero cards as Flex, other attachments named by text, and the suggested actions of the last
/// activity as a quick reply on the last message (LINE shows a quick reply only there).
/// </summary>
internal static class LineMessageBuilder
{
    public static List<JsonNode> Build(IEnumerable<Activity> activities)
    {
        var messages = new List<JsonObject>();
        SuggestedActions? lastActions = null;
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            if (!string.IsNullOrWhiteSpace(activity.Text))
            {
                messages.AddRange(TextSplitter.Split(activity.Text).Select(Text));
            }

            var attachments = activity.Attachments ?? [];
            if (FlexCards.From([.. attachments.Where(a => a.ContentType == FlexCards.HeroCard)]) is { } flex)
            {
                messages.Add(flex);
            }

            foreach (var other in attachments.Where(a => a.ContentType != FlexCards.HeroCard))
            {
                messages.Add(Text(LineLimits.Truncate($"{other.Name ?? "ไฟล์แนบ"} {other.ContentUrl}".Trim(), LineLimits.TextLength)));
            }

            lastActions = activity.SuggestedActions is { Actions.Count: > 0 } actions ? actions : null;
        }

        if (lastActions is not null)
        {
            if (messages.Count == 0)
            {
                messages.Add(Text("เลือกจากตัวเลือกด้านล่าง"));
            }

            messages[^1]["quickReply"] = LineActions.QuickReply(lastActions);
        }

        return [.. messages];
    }

    public static JsonObject Text(string text) => new() { ["type"] = "text", ["text"] = text };
}
