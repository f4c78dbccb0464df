using System.Text.Json;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class ActivitySchemaTests
{
    [Fact]
    public void Unknown_fields_survive_a_round_trip_at_every_level()
    {
        const string json = """
            {"type":"message","id":"a1","text":"สวัสดี","futureField":{"x":[1,2]},
             "from":{"id":"u1","name":"Somchai","aadObjectId":"aad"},
             "conversation":{"id":"c1","tenantId":"t1"},
             "attachments":[{"contentType":"image/png","contentUrl":"https://x/y.png","width":10}],
             "entities":[{"type":"mention","text":"@bot"}]}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
        var written = JsonSerializer.SerializeToElement(activity, BotJson.Options);

        Assert.Equal("""{"x":[1,2]}""", written.GetProperty("futureField").GetRawText());
        Assert.Equal("aad", written.GetProperty("from").GetProperty("aadObjectId").GetString());
        Assert.Equal("t1", written.GetProperty("conversation").GetProperty("tenantId").GetString());
        Assert.Equal(10, written.GetProperty("attachments")[0].GetProperty("width").GetInt32());
        Assert.Equal("@bot", written.GetProperty("entities")[0].GetProperty("text").GetString());
        Assert.Equal("Somchai", activity.From!.Name);
    }

    [Fact]
    public void Serialization_is_camel_case_omits_nulls_and_keeps_Thai_readable()
    {
        var activity = MessageFactory.Text("ตารางประชุม");
        activity.ReplyToId = "r1";

        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Contains("\"text\":\"ตารางประชุม\"", json, StringComparison.Ordinal);
        Assert.Contains("\"replyToId\":\"r1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"inputHint\":\"acceptingInput\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("locale", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_and_channel_data_stay_json()
    {
        const string json = """{"type":"message","value":{"action":"vote","n":3},"channelData":{"clientActivityID":"abc"}}""";

        var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

        Assert.Equal(3, activity.Value!.Value.GetProperty("n").GetInt32());
        Assert.Equal("abc", activity.GetChannelData<ClientData>()!.ClientActivityId);
    }

    [Fact]
    public void CreateReply_swaps_from_and_recipient_and_points_at_the_original()
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message, Id = "in-1", ChannelId = "line", ServiceUrl = "https://s", Locale = "th-TH",
            From = new ChannelAccount("user"), Recipient = new ChannelAccount("bot"), Conversation = new ConversationAccount("c1"),
        };

        var reply = incoming.CreateReply("รับทราบ");

        Assert.Equal(("bot", "user"), (reply.From!.Id, reply.Recipient!.Id));
        Assert.Equal(("in-1", "line", "c1", "th-TH"), (reply.ReplyToId, reply.ChannelId, reply.Conversation!.Id, reply.Locale));
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("รับทราบ", reply.Text);
    }

    [Fact]
    public void SuggestedActions_factory_makes_imBack_buttons()
    {
        var activity = MessageFactory.SuggestedActions(["ใช่", "ไม่ใช่"], "ยืนยันไหมคะ");

        Assert.Equal("ยืนยันไหมคะ", activity.Text);
        Assert.All(activity.SuggestedActions!.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(["ใช่", "ไม่ใช่"], activity.SuggestedActions.Actions.Select(a => (string)a.Value!));
    }

    private sealed record ClientData(string ClientActivityId);
}
