using System.Text.RegularExpressions;
using Marten;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.IntegrationTests.Complaints;

public sealed partial class ComplaintDialogTests : IAsyncLifetime
{
    private readonly ClockedHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Filing_through_the_dialog_stores_a_Submitted_event_whose_reference_works_for_lookup()
    {
        var chat = new ComplaintChat(_host.Services);
        Assert.Contains("ประเภทใด", (await chat.SayAsync("ร้องเรียน"))[0], StringComparison.Ordinal);
        await chat.SayAsync("1");
        var notice = await chat.SayAsync("5");
        Assert.Contains("พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล", notice[0], StringComparison.Ordinal);
        Assert.Contains("24 เดือน", notice[0], StringComparison.Ordinal);
        Assert.Contains("ยินยอม", notice[1], StringComparison.Ordinal);
        Assert.Contains("เล่ารายละเอียด", (await chat.SayAsync("ยินยอม"))[0], StringComparison.Ordinal);
        await chat.SayAsync("เว็บไซต์แสดงกำหนดการประชุมผิดวัน");
        await chat.SayAsync("ไม่มี");
        Assert.Contains("ชื่อ", (await chat.SayAsync("1"))[0], StringComparison.Ordinal);
        await chat.SayAsync("สมหญิง ใจดี");
        Assert.Contains("ไม่ถูกต้อง", (await chat.SayAsync("12345"))[0], StringComparison.Ordinal);
        await chat.SayAsync("081-234-5678");
        var summary = await chat.SayAsync("somying@example.com");
        Assert.Contains("สรุปเรื่องที่จะส่ง", summary[0], StringComparison.Ordinal);
        Assert.Contains("โทร 0812345678", summary[0], StringComparison.Ordinal);

        var filed = string.Join('\n', await chat.SayAsync("ส่งเรื่อง"));

        var reference = Reference().Match(filed).Value;
        Assert.Contains("วันพฤหัสบดีที่ 5 พฤศจิกายน 2569 เวลา 16.30 น.", filed, StringComparison.Ordinal);
        var complaint = await FindAsync(reference);
        Assert.Equal((ComplaintChannel.Line, "online", "0812345678"), (complaint.Channel, complaint.Subject, complaint.Contact?.Phone));
        Assert.Equal(chat.UserId, complaint.ReplyTo?.UserId);
        await using (var session = _host.Get<IDocumentStore>().QuerySession())
        {
            Assert.IsType<ComplaintSubmitted>(Assert.Single(await session.Events.FetchStreamAsync(complaint.Id)).Data);
        }

        var stranger = string.Join('\n', await new ComplaintChat(_host.Services).SayAsync($"ติดตามเรื่อง {reference.ToLowerInvariant()}"));
        Assert.Contains(reference, stranger, StringComparison.Ordinal);
        Assert.Contains("รับเรื่องแล้ว", stranger, StringComparison.Ordinal);
        Assert.DoesNotContain("สมหญิง", stranger, StringComparison.Ordinal);
        Assert.DoesNotContain("0812345678", stranger, StringComparison.Ordinal);
        Assert.DoesNotContain("กำหนดการประชุมผิดวัน", stranger, StringComparison.Ordinal);
        Assert.Contains(reference, (await chat.SayAsync("ติดตามเรื่อง"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_tip_off_keeps_no_reply_address_and_declining_consent_keeps_nothing()
    {
        var declined = new ComplaintChat(_host.Services, "directline");
        await declined.SayAllAsync("ร้องเรียน", "แจ้งเบาะแสทุจริต", "6");
        Assert.Contains("ไม่ได้เก็บข้อมูลใด ๆ", (await declined.SayAsync("ไม่ยินยอม"))[0], StringComparison.Ordinal);

        var chat = new ComplaintChat(_host.Services, "directline");
        var summary = await chat.SayAllAsync("ร้องเรียน", "แจ้งเบาะแสทุจริต", "6", "ยินยอม", "มีการเรียกรับเงินเพื่อจองห้องประชุม", "ไม่มี", "ไม่ระบุตัวตน");
        Assert.Contains("ไม่ระบุตัวตน", summary[^2], StringComparison.Ordinal);
        var reference = Reference().Match(string.Join('\n', await chat.SayAsync("ส่งเรื่อง"))).Value;

        var complaint = await FindAsync(reference);
        Assert.True(complaint.Anonymous);
        Assert.Equal((ComplaintCategory.CorruptionTip, (ReplyAddress?)null, (Contact?)null), (complaint.Category, complaint.ReplyTo, complaint.Contact));
        Assert.Contains("เลขที่อ้างอิง", (await chat.SayAsync("ติดตามเรื่อง"))[0], StringComparison.Ordinal);
        await using var session = _host.Get<IDocumentStore>().QuerySession();
        Assert.Equal(1, await session.Query<Complaint>().CountAsync());
    }

    [Fact]
    public async Task A_subject_in_the_persons_own_words_is_filed_under_something_else()
    {
        var chat = new ComplaintChat(_host.Services, "directline");
        await chat.SayAllAsync("ร้องเรียน", "1");

        var notice = await chat.SayAsync("ถนนหน้าบ้าน");
        Assert.Contains("ยินยอม", notice[^1], StringComparison.Ordinal);
        await chat.SayAllAsync("ยินยอม", "ถนนหน้าบ้านเป็นหลุมลึก รถล้มบ่อย", "ไม่มี", "ตอบกลับทางแชตนี้");
        var complaint = await FindAsync(Reference().Match(string.Join('\n', await chat.SayAsync("ส่งเรื่อง"))).Value);
        Assert.Equal("other", complaint.Subject);
    }

    [Fact]
    public async Task The_summary_can_be_edited_before_sending()
    {
        var chat = new ComplaintChat(_host.Services, "directline");
        await chat.SayAllAsync("ร้องเรียน", "1", "5", "ยินยอม", "ลิงก์เอกสารเสีย", "ไม่มี", "ตอบกลับทางแชตนี้");
        await chat.SayAllAsync("แก้ไข", "รายละเอียด");
        var summary = await chat.SayAsync("ลิงก์เอกสารรายงานการประชุมเปิดไม่ได้");

        Assert.Contains("ลิงก์เอกสารรายงานการประชุมเปิดไม่ได้", summary[0], StringComparison.Ordinal);
        var complaint = await FindAsync(Reference().Match(string.Join('\n', await chat.SayAsync("ส่งเรื่อง"))).Value);
        Assert.Equal("ลิงก์เอกสารรายงานการประชุมเปิดไม่ได้", complaint.Text);
    }

    [Fact]
    public async Task A_wrong_number_gets_a_clear_answer_and_repeated_guessing_is_slowed_down()
    {
        var chat = new ComplaintChat(_host.Services);
        Assert.Contains("ไม่พบเรื่องเลขที่ CMP-2569-999999-AA", (await chat.SayAsync("ติดตามเรื่อง CMP-2569-999999-AA"))[0], StringComparison.Ordinal);
        for (var i = 1; i < 5; i++)
        {
            await chat.SayAsync($"ติดตามเรื่อง CMP-2569-99999{i}-AA");
        }

        Assert.Contains("กรุณารออีก 15 นาที", (await chat.SayAsync("ติดตามเรื่อง CMP-2569-123456-K7"))[0], StringComparison.Ordinal);
        _host.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Contains("ไม่พบเรื่อง", (await chat.SayAsync("ติดตามเรื่อง CMP-2569-123456-K7"))[0], StringComparison.Ordinal);
    }

    private async Task<Complaint> FindAsync(string reference)
    {
        Assert.False(string.IsNullOrEmpty(reference), "no reference number in the answer");
        await using var session = _host.Get<IDocumentStore>().QuerySession();
        return await session.Query<Complaint>().SingleAsync(c => c.Reference == reference);
    }

    [GeneratedRegex(@"CMP-\d{4}-\d{6}-[A-Z0-9]{2}")]
    private static partial Regex Reference();
}
