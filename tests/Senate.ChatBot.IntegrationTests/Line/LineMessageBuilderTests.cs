using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Host.Channels.Line.Messages;
using Senate.ChatBot.Host.Channels.Line.RichMenus;

namespace Senate.ChatBot.IntegrationTests.Line;

/// <summary>The bot's activities as LINE messages: within LINE's limits and valid against messaging-api.yml.</summary>
public sealed class LineMessageBuilderTests
{
    private static readonly OpenApiSchemas Schemas = OpenApiSchemas.Load(Path.Combine(FakeLineOptions.FindOpenApiDirectory(), "messaging-api.yml"));

    [Fact]
    public void A_long_answer_is_split_into_pieces_of_at_most_5000_units_without_breaking_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("ประชุม 😀 ", 1500)) + new string('ก', 6000);

        var messages = LineMessageBuilder.Build([MessageFactory.Text(text)]);

        Assert.All(messages, m => Assert.InRange(((string)m["text"]!).Length, 1, LineLimits.TextLength));
        Assert.All(messages, m => Assert.False(char.IsHighSurrogate(((string)m["text"]!)[^1])));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(messages.Select(m => (string)m["text"]!)).Replace(" ", "", StringComparison.Ordinal));
        foreach (var batch in messages.Chunk(LineLimits.MessagesPerRequest))
        {
            AssertValidPush(batch);
        }
    }

    [Fact]
    public void Suggested_actions_become_at_most_13_quick_replies_on_the_last_message()
    {
        var actions = Enumerable.Range(1, 20).Select(i => new CardAction(ActionTypes.ImBack, $"หัวข้อที่ {i} ซึ่งมีชื่อยาวเกินยี่สิบตัวอักษร", $"topic {i}"))
            .Append(new CardAction(ActionTypes.PostBack, "เลือก", new { id = 7 }))
            .Reverse();
        var activity = MessageFactory.SuggestedActions(actions, "เลือกหัวข้อ");

        var messages = LineMessageBuilder.Build([MessageFactory.Text("ก่อนหน้า"), activity]);

        var items = messages[^1]["quickReply"]!["items"]!.AsArray();
        Assert.Equal(LineLimits.QuickReplyItems, items.Count);
        Assert.Equal("postback", (string?)items[0]!["action"]!["type"]);
        Assert.Null(messages[0]["quickReply"]);
        AssertValidPush(messages);
    }

    [Fact]
    public void Meeting_and_book_cards_become_flex_with_alt_text()
    {
        var meeting = new Attachment(FlexCards.HeroCard)
        {
            Content = new
            {
                title = "ประชุมคณะกรรมาธิการการศึกษา",
                subtitle = "วันพุธที่ 3 ธันวาคม 2569 เวลา 09.30 น.",
                text = "ห้องประชุม 301 อาคารรัฐสภา",
                buttons = new[] { new CardAction(ActionTypes.OpenUrl, "ดูเอกสาร", "https://www.senate.go.th/doc/1") },
            },
        };
        var book = new Attachment(FlexCards.HeroCard) { Content = new { title = "รายงานประจำปี 2568", text = "ฉบับอักษรเบรลล์" } };

        var messages = LineMessageBuilder.Build([new Activity { Type = ActivityTypes.Message, Attachments = [meeting, book] }]);

        var flex = Assert.Single(messages);
        Assert.Equal("carousel", (string?)flex["contents"]!["type"]);
        Assert.Contains("ประชุมคณะกรรมาธิการการศึกษา", (string?)flex["altText"], StringComparison.Ordinal);
        Assert.Contains("รายงานประจำปี 2568", (string?)flex["altText"], StringComparison.Ordinal);
        AssertValidPush(messages);
    }

    [Fact]
    public void Rich_menus_match_the_schema_and_their_images_are_pngs_of_the_menu_size()
    {
        foreach (var menu in new[] { RichMenuDefinitions.Public(), RichMenuDefinitions.Senator() })
        {
            using var document = JsonDocument.Parse(menu.ToJsonString());
            Assert.Empty(Schemas.Validate("RichMenuRequest", document.RootElement));
        }

        var png = RichMenuImage.Panels(RichMenuDefinitions.Width, RichMenuDefinitions.Height, [(1, 2, 3), (4, 5, 6)]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.InRange(png.Length, 100, 1024 * 1024);
    }

    [Fact]
    public void The_schema_check_catches_what_line_would_refuse()
    {
        var body = new JsonObject
        {
            ["to"] = "U1",
            ["messages"] = new JsonArray([.. Enumerable.Range(0, 6).Select(_ => (JsonNode)new JsonObject { ["type"] = "text", ["txt"] = "x" })]),
        };
        using var document = JsonDocument.Parse(body.ToJsonString());

        var errors = Schemas.Validate("PushMessageRequest", document.RootElement);

        Assert.Contains(errors, e => e.Contains("maxItems", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'text' is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("txt: not in the schema", StringComparison.Ordinal));
    }

    private static void AssertValidPush(IEnumerable<JsonNode> messages)
    {
        var body = new JsonObject { ["to"] = LineEvents.NewUserId(), ["messages"] = new JsonArray([.. messages.Select(m => m.DeepClone())]) };
        using var document = JsonDocument.Parse(body.ToJsonString());
        Assert.Empty(Schemas.Validate("PushMessageRequest", document.RootElement));
    }
}
