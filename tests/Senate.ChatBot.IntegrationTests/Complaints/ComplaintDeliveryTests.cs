using Marten;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.IntegrationTests.DirectLine;
using Senate.ChatBot.IntegrationTests.Line;

namespace Senate.ChatBot.IntegrationTests.Complaints;

public sealed class ComplaintDeliveryTests
{
    private static readonly Actor Officer = Actor.Officer("officer-1", "วิไล");

    [Fact]
    public async Task A_complaint_filed_over_LINE_is_filed_once_even_when_LINE_delivers_the_confirmation_again()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        foreach (var text in new[] { "ร้องเรียน", "1", "5", "ยินยอม", "ไฟทางเดินหน้าอาคารรัฐสภาดับ", "ไม่มี", "ตอบกลับทางแชตนี้" })
        {
            await host.SendOkAsync(host.Fake.UserText(user, text));
        }

        var confirm = host.Fake.UserText(user, "ส่งเรื่อง");
        await host.SendOkAsync(confirm);
        await host.SendOkAsync(LineEvents.AsRedelivery(confirm));
        await LineHost.EventuallyAsync(() => Task.FromResult(Texts(host, user).Any(t => t.Contains("ส่งเรื่องเรียบร้อยแล้ว", StringComparison.Ordinal))), "the reference number");

        Assert.Single(Texts(host, user), t => t.Contains("ส่งเรื่องเรียบร้อยแล้ว", StringComparison.Ordinal));
        await using var session = host.Get<IDocumentStore>().QuerySession();
        var filed = Assert.Single(await session.Query<Complaint>().Where(c => c.ReplyTo!.UserId == user).ToListAsync());
        Assert.Equal(ComplaintChannel.Line, filed.Channel);
    }

    [Fact]
    public async Task A_reply_from_the_desk_is_pushed_to_the_LINE_user_once_even_when_LINE_answers_500_first()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var filed = await host.Get<ComplaintRegister>().FileAsync(
            new NewComplaint(ComplaintChannel.Line, ComplaintCategory.Complaint, "online", "ลิงก์เสีย", [], null,
                new ReplyAddress("line", user, user, "th-TH"), false, new Consent("test", DateTimeOffset.UtcNow)),
            $"delivery/{user}", Actor.Citizen);
        host.Fake.State.Fail("push", 500);

        await host.Get<ComplaintDesk>().ReplyAsync(filed.Id, 1, "แก้ไขลิงก์เรียบร้อยแล้วค่ะ", Officer);
        var messages = await host.Fake.WaitForMessagesAsync(user, 1);
        host.Get<ComplaintChanges>().Signal();
        await Task.Delay(500);

        var message = Assert.Single(host.Fake.State.MessagesTo(user));
        Assert.Contains("แก้ไขลิงก์เรียบร้อยแล้วค่ะ", (string?)message.Message["text"], StringComparison.Ordinal);
        Assert.Contains(filed.Reference, (string?)message.Message["text"], StringComparison.Ordinal);
        var pushes = host.Fake.State.Calls.Where(c => c.Operation == "push").ToList();
        Assert.Equal([500, 200], pushes.Select(p => p.Status));
        Assert.Equal(pushes[0].RetryKey, pushes[1].RetryKey);
        Assert.Equal(messages.Count, host.Fake.State.MessagesTo(user).Count);
    }

    [Fact]
    public async Task A_reply_reaches_the_Web_Chat_conversation_the_complaint_came_from()
    {
        await using var host = new ClockedHost();
        var http = host.Factory.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        var filed = await host.FileAsync("delivery/webchat", new ReplyAddress("directline", "dl-user", client.ConversationId, "th-TH"));

        await host.Get<ComplaintDesk>().ReplyAsync(filed.Id, 1, "ได้ส่งช่างไปตรวจแล้วค่ะ", Officer);

        await LineHost.EventuallyAsync(async () => (await BotTextsAsync(client, http)).Any(t => t.Contains("ได้ส่งช่างไปตรวจแล้วค่ะ", StringComparison.Ordinal)), "the reply in the conversation");
        host.Get<ComplaintChanges>().Signal();
        await Task.Delay(300);
        Assert.Single(await BotTextsAsync(client, http), t => t.Contains("ได้ส่งช่างไปตรวจแล้วค่ะ", StringComparison.Ordinal));
    }

    private static List<string> Texts(LineHost host, string user) =>
        [.. host.Fake.State.MessagesTo(user).Select(m => (string?)m.Message["text"] ?? "")];

    private static async Task<List<string>> BotTextsAsync(DirectLineClient client, HttpClient http) =>
        [.. (await client.ReadAsync(http)).Activities
            .Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.TryGetProperty("text", out _))
            .Select(a => a.GetProperty("text").GetString() ?? "")];
}
