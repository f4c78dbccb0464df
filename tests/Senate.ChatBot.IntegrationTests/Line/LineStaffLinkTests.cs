using System.Text.RegularExpressions;
using Marten;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Notifications;
using Senate.ChatBot.IntegrationTests.Desk;

namespace Senate.ChatBot.IntegrationTests.Line;

/// <summary>A supervisor links their own LINE with a one-time code from the desk and gets escalations there.</summary>
public sealed partial class LineStaffLinkTests
{
    [Fact]
    public async Task A_supervisor_links_LINE_with_the_desks_code_gets_an_escalation_there_and_can_stop_it()
    {
        await using var host = await LineHost.StartAsync();
        var supervisor = await DeskBrowser.AsNewUserAsync(host.Factory, "supervisor.line", "Supervisor");
        var line = host.NewFriend("หัวหน้า");

        var code = await CodeAsync(supervisor);
        await host.SendOkAsync(host.Fake.UserText(line, "เจ้าหน้าที่ " + code));
        Assert.Contains("เชื่อมการแจ้งเตือนของ สมหญิง supervisor.line กับ LINE นี้แล้ว", await TextAsync(host, line, 1), StringComparison.Ordinal);
        Assert.Contains("เชื่อมแล้ว", await supervisor.Http.GetStringAsync(new Uri("/desk/me", UriKind.Relative)), StringComparison.Ordinal);

        var filed = await host.Get<ComplaintRegister>().FileAsync(
            new NewComplaint(ComplaintChannel.Letter, ComplaintCategory.Complaint, "premises", "ลิฟต์ค้าง", [], null, null, Anonymous: true, Consent: null),
            "staff-line-escalation", Actor.Officer("officer-1", "วิไล"));
        await host.Get<ComplaintDesk>().EscalateAsync(filed.Id, 1, "เกินอำนาจเจ้าหน้าที่", Actor.Officer("officer-1", "วิไล"));
        Assert.Contains($"เรื่อง {filed.Reference} (อาคารและการเข้าชม) ถูกส่งถึงหัวหน้างาน: เกินอำนาจเจ้าหน้าที่", await TextAsync(host, line, 2), StringComparison.Ordinal);

        // A code works once.
        await host.SendOkAsync(host.Fake.UserText(line, "เจ้าหน้าที่ " + code));
        Assert.Contains("รหัสไม่ถูกต้องหรือหมดอายุแล้ว", await TextAsync(host, line, 3), StringComparison.Ordinal);

        using var unlink = await supervisor.PostFormAsync("/desk/me", "/desk/me?handler=Unlink", []);
        await using var session = host.Get<IDocumentStore>().QuerySession();
        Assert.Null((await session.LoadAsync<DeskStaffMember>("supervisor.line"))!.LineUserId);
    }

    [Fact]
    public async Task A_code_sent_in_a_group_links_nothing_and_stays_usable_in_the_private_chat()
    {
        await using var host = await LineHost.StartAsync();
        var officer = await DeskBrowser.AsNewUserAsync(host.Factory, "officer.line", "Officer");
        var line = host.NewFriend();
        var group = LineEvents.NewGroupId();
        var code = await CodeAsync(officer);

        await host.SendOkAsync(LineEvents.Text(LineEvents.GroupSource(group, line), "staff " + code, host.Fake.NewReplyToken(group), host.Fake.Time.GetUtcNow()));
        Assert.Contains("แชตส่วนตัว", await TextAsync(host, group, 1), StringComparison.Ordinal);
        await host.SendOkAsync(host.Fake.UserText(line, "staff " + code.ToLowerInvariant()));

        Assert.Contains("เชื่อมการแจ้งเตือน", await TextAsync(host, line, 1), StringComparison.Ordinal);
    }

    private static async Task<string> CodeAsync(DeskBrowser user)
    {
        using var response = await user.PostFormAsync("/desk/me", "/desk/me?handler=Code", []);
        var match = Code().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "The desk showed no code");
        return match.Groups[1].Value;
    }

    private static async Task<string> TextAsync(LineHost host, string chat, int count)
    {
        var messages = await host.Fake.WaitForMessagesAsync(chat, count);
        Assert.True(messages.Count >= count, $"LINE got {messages.Count} messages, expected {count}");
        return (string?)messages[count - 1].Message["text"] ?? "";
    }

    [GeneratedRegex(@"เจ้าหน้าที่ ([A-Z0-9]{4}-[A-Z0-9]{4})")]
    private static partial Regex Code();
}
