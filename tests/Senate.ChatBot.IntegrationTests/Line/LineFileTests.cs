using System.Text.Json.Nodes;
using Marten;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.IntegrationTests.Line;

/// <summary>Photos and files sent over LINE: fetched from the data API, stored, and attached to a complaint, or answered politely.</summary>
public sealed class LineFileTests
{
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. "ไฟทางเดินดับ"u8.ToArray(), 0xFF, 0xD9];

    [Fact]
    public async Task A_photo_sent_at_the_attachments_step_is_on_the_filed_complaint_and_served_with_the_same_bytes()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        foreach (var text in new[] { "ร้องเรียน", "1", "5", "ยินยอม", "ไฟทางเดินหน้าอาคารรัฐสภาดับ" })
        {
            await host.SendOkAsync(host.Fake.UserText(user, text));
        }

        await host.SendOkAsync(PhotoFrom(host, user, Photo));
        await host.SendOkAsync(host.Fake.UserText(user, "เสร็จแล้ว"));
        await host.SendOkAsync(host.Fake.UserText(user, "ตอบกลับทางแชตนี้"));
        await host.SendOkAsync(host.Fake.UserText(user, "ส่งเรื่อง"));
        await LineHost.EventuallyAsync(() => Task.FromResult(Texts(host, user).Any(t => t.Contains("ส่งเรื่องเรียบร้อยแล้ว", StringComparison.Ordinal))), "the reference number");

        Assert.Contains(Texts(host, user), t => t.StartsWith("ได้รับไฟล์แล้ว 1 ไฟล์", StringComparison.Ordinal));
        await using var session = host.Get<IDocumentStore>().QuerySession();
        var filed = Assert.Single(await session.Query<Complaint>().Where(c => c.ReplyTo!.UserId == user).ToListAsync());
        var id = Assert.Single(filed.Attachments);
        using var served = await host.Client.GetAsync($"/api/attachments/{id}");
        served.EnsureSuccessStatusCode();
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Photo, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_message_over_the_limit_is_refused_from_its_stated_size_without_downloading_it()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var messageId = LineEvents.NewMessageId();
        host.Fake.State.AddContent(messageId, new byte[16], "application/pdf");

        await host.SendOkAsync(LineEvents.File(LineEvents.UserSource(user), messageId, "หนังสือร้องเรียน.pdf", 5L * 1024 * 1024, host.Fake.NewReplyToken(user), host.Fake.Time.GetUtcNow()));

        var answer = await SingleAnswerAsync(host, user);
        Assert.Contains("ไฟล์ใหญ่เกินไป", answer, StringComparison.Ordinal);
        Assert.Contains("4 MB", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Fake.State.Calls, c => c.Operation == "content");
        Assert.Equal(0, await StoredCountAsync(host));
    }

    [Fact]
    public async Task A_file_message_within_the_limit_is_stored_under_its_own_name_and_type()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var messageId = LineEvents.NewMessageId();
        host.Fake.State.AddContent(messageId, "%PDF-1.7"u8.ToArray(), "application/pdf");

        await host.SendOkAsync(LineEvents.File(LineEvents.UserSource(user), messageId, "หนังสือร้องเรียน.pdf", 8, host.Fake.NewReplyToken(user), host.Fake.Time.GetUtcNow()));

        Assert.StartsWith("ได้รับไฟล์แล้วค่ะ", await SingleAnswerAsync(host, user), StringComparison.Ordinal);
        await using var session = host.Get<IDocumentStore>().QuerySession();
        var stored = Assert.Single(await session.Query<StoredAttachment>().ToListAsync());
        Assert.Equal(("หนังสือร้องเรียน.pdf", "application/pdf", "line", 8L), (stored.FileName, stored.ContentType, stored.Channel, stored.Length));
    }

    [Fact]
    public async Task A_photo_larger_than_the_limit_is_refused_once_downloaded_and_nothing_is_stored()
    {
        await using var host = await LineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxUploadBytes"] = "1024" });
        var user = host.NewFriend();

        await host.SendOkAsync(PhotoFrom(host, user, new byte[1025]));

        Assert.Contains("ไฟล์ใหญ่เกินไป", await SingleAnswerAsync(host, user), StringComparison.Ordinal);
        Assert.Equal(0, await StoredCountAsync(host));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task Content_LINE_cannot_give_gets_a_please_send_again_answer_and_the_event_is_finished(int status)
    {
        await using var host = await LineHost.StartAsync(new Dictionary<string, string?> { ["Line:MaxRetries"] = "2" });
        var user = host.NewFriend();
        // 404: LINE no longer has it (content expires); 500: LINE still failing after every try of the client (1 + 2 retries).
        var photo = status == 404
            ? LineEvents.Image(LineEvents.UserSource(user), LineEvents.NewMessageId(), host.Fake.NewReplyToken(user), host.Fake.Time.GetUtcNow())
            : PhotoFrom(host, user, Photo);
        if (status == 500)
        {
            host.Fake.State.Fail("content", 500, times: 3);
        }

        await host.SendOkAsync(photo);

        Assert.Contains("กรุณาส่งใหม่อีกครั้ง", await SingleAnswerAsync(host, user), StringComparison.Ordinal);
        Assert.Equal(status == 404 ? [404] : [500, 500, 500], host.Fake.State.Calls.Where(c => c.Operation == "content").Select(c => c.Status));
        Assert.Equal(0, await StoredCountAsync(host));
        // Answered on the first try and finished, not failed and retried into a loop.
        await LineHost.EventuallyAsync(async () => await host.ScalarAsync<long>(
            "select count(*) from {schema}.line_inbox where done_at is not null and not failed and attempts = 1") == 1, "the event is finished");
    }

    [Fact]
    public async Task A_photo_outside_a_complaint_says_how_to_send_it_with_one()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();

        await host.SendOkAsync(PhotoFrom(host, user, Photo));

        var answer = await SingleAnswerAsync(host, user);
        Assert.StartsWith("ได้รับไฟล์แล้วค่ะ", answer, StringComparison.Ordinal);
        Assert.Contains("\"ร้องเรียน\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_in_a_group_gets_the_text_only_answer_and_is_not_fetched()
    {
        await using var host = await LineHost.StartAsync();
        var group = LineEvents.NewGroupId();
        var messageId = LineEvents.NewMessageId();
        host.Fake.State.AddContent(messageId, Photo, "image/jpeg");

        await host.SendOkAsync(LineEvents.Image(LineEvents.GroupSource(group, LineEvents.NewUserId()), messageId, host.Fake.NewReplyToken(group), host.Fake.Time.GetUtcNow()));

        Assert.Contains("อ่านได้เฉพาะข้อความตัวอักษร", await SingleAnswerAsync(host, group), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Fake.State.Calls, c => c.Operation == "content");
        Assert.Equal(0, await StoredCountAsync(host));
    }

    private static JsonObject PhotoFrom(LineHost host, string user, byte[] bytes)
    {
        var messageId = LineEvents.NewMessageId();
        host.Fake.State.AddContent(messageId, bytes, "image/jpeg");
        return LineEvents.Image(LineEvents.UserSource(user), messageId, host.Fake.NewReplyToken(user), host.Fake.Time.GetUtcNow());
    }

    // Waits for the answer, then a little longer so a second (wrong) answer or a retry would show.
    private static async Task<string> SingleAnswerAsync(LineHost host, string chatId)
    {
        await host.Fake.WaitForMessagesAsync(chatId, 1);
        await Task.Delay(300);
        return Assert.Single(Texts(host, chatId));
    }

    private static async Task<int> StoredCountAsync(LineHost host)
    {
        await using var session = host.Get<IDocumentStore>().QuerySession();
        return await session.Query<StoredAttachment>().CountAsync();
    }

    private static List<string> Texts(LineHost host, string chatId) =>
        [.. host.Fake.State.MessagesTo(chatId).Select(m => (string?)m.Message["text"] ?? "")];
}
