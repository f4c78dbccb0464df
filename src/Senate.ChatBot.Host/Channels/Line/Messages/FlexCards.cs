using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Host.Channels.Line.Messages;

/// <summary>
/// Hero cards (how dialogs show a meeting or a book: title, subtitle, text, buttons) as a LINE Flex
/// bubble, several as a carousel. The alt text repeats the card's words, so a notification and a
/// screen reader say the same as the card.
/// </summary>
internal static class FlexCards
{
    public const string HeroCard = "application/vnd.microsoft.card.hero";

    public static JsonObject? From(IReadOnlyList<Attachment> cards)
    {
        var read = cards.Select(Read).Take(LineLimits.CarouselBubbles).ToList();
        if (read.Count == 0)
        {
            return null;
        }

        JsonObject contents = read.Count == 1
            ? read[0].Bubble
            : new JsonObject { ["type"] = "carousel", ["contents"] = new JsonArray([.. read.Select(r => (JsonNode)r.Bubble)]) };
        return new JsonObject
        {
            ["type"] = "flex",
            ["altText"] = LineLimits.Truncate(string.Join(" | ", read.Select(r => r.AltText)), LineLimits.AltText),
            ["contents"] = contents,
        };
    }

    private static (JsonObject Bubble, string AltText) Read(Attachment card)
    {
        var content = card.Content is JsonElement element ? element : JsonSerializer.SerializeToElement(card.Content, BotJson.Options);
        var title = Text(content, "title");
        var subtitle = Text(content, "subtitle");
        var text = Text(content, "text");
        var body = new JsonArray();
        Add(body, title, "lg", bold: true);
        Add(body, subtitle, "sm", bold: false);
        Add(body, text, "md", bold: false);

        var bubble = new JsonObject
        {
            ["type"] = "bubble",
            ["body"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["spacing"] = "md", ["contents"] = body },
        };
        var buttons = Buttons(content);
        if (buttons.Count > 0)
        {
            bubble["footer"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["spacing"] = "sm", ["contents"] = buttons };
        }

        var alt = string.Join(" — ", new[] { title, subtitle, text }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return (bubble, alt.Length > 0 ? alt : "การ์ดข้อมูล");
    }

    private static void Add(JsonArray body, string? text, string size, bool bold)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var node = new JsonObject { ["type"] = "text", ["text"] = text, ["size"] = size, ["wrap"] = true };
        if (bold)
        {
            node["weight"] = "bold";
        }

        body.Add(node);
    }

    private static JsonArray Buttons(JsonElement content)
    {
        var buttons = new JsonArray();
        if (content.ValueKind != JsonValueKind.Object || !content.TryGetProperty("buttons", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return buttons;
        }

        foreach (var action in list.Deserialize<List<CardAction>>(BotJson.Options) ?? [])
        {
            buttons.Add(new JsonObject { ["type"] = "button", ["style"] = "link", ["action"] = LineActions.From(action, LineLimits.ButtonLabel) });
        }

        return buttons;
    }

    private static string? Text(JsonElement content, string name) =>
        content.ValueKind == JsonValueKind.Object && content.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
