using Microsoft.Playwright;
using Senate.ChatBot.EndToEnd.Infrastructure;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.EndToEnd.Desk;

public sealed class DeskCasePageTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task An_officer_opens_a_case_from_the_inbox_and_adds_a_note_that_joins_the_timeline()
    {
        var filed = await site.Get<ComplaintRegister>().FileAsync(
            new NewComplaint(ComplaintChannel.WebChat, ComplaintCategory.Complaint, "premises", "ลิฟต์อาคารรัฐสภาชั้น 2 ค้าง <script>alert(1)</script>", [],
                new Contact("สมหญิง", "0812345678", null), new ReplyAddress("directline", "user-1", "conv-1", "th-TH"),
                Anonymous: false, new Consent("test", site.Get<TimeProvider>().GetUtcNow())),
            "desk-e2e-1", Actor.Citizen);

        var page = await site.OpenAsync("/desk");
        await page.GetByLabel("ชื่อผู้ใช้").FillAsync(TestSettings.DeskAdminUser);
        await page.GetByLabel("รหัสผ่าน").FillAsync(TestSettings.DeskAdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();

        var link = page.GetByRole(AriaRole.Link, new() { Name = filed.Reference });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { Has = link })).ToContainTextAsync("ทันเวลา");
        Assert.Empty(await Accessibility.ViolationsAsync(page));

        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "เรื่องร้องเรียน " + filed.Reference })).ToBeVisibleAsync();
        // Markup in a complaint is shown as the words the citizen typed, never run.
        await Assertions.Expect(page.GetByText("<script>alert(1)</script>", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByLabel("บันทึกภายใน (ผู้ร้องไม่เห็น)").FillAsync("โทรแจ้งช่างซ่อมลิฟต์แล้ว");
        await page.GetByRole(AriaRole.Button, new() { Name = "เพิ่มบันทึก" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");
        var entry = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "โทรแจ้งช่างซ่อมลิฟต์แล้ว" });
        await Assertions.Expect(entry).ToContainTextAsync("บันทึกภายใน");
        await LiveSite.ScreenshotAsync(page, "desk-case");
        Assert.Empty(await Accessibility.ViolationsAsync(page));
    }

    [Fact]
    public async Task A_phone_complaint_is_recorded_and_the_report_pages_meet_wcag_21_aa()
    {
        var page = await site.OpenAsync("/desk/complaints/new");
        await page.GetByLabel("ชื่อผู้ใช้").FillAsync(TestSettings.DeskAdminUser);
        await page.GetByLabel("รหัสผ่าน").FillAsync(TestSettings.DeskAdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "บันทึกเรื่องที่รับทางช่องทางอื่น" })).ToBeVisibleAsync();
        Assert.Empty(await Accessibility.ViolationsAsync(page));
        await page.GetByLabel("หัวข้อ").FillAsync("ที่จอดรถ");
        await page.GetByLabel("รายละเอียด").FillAsync("ที่จอดรถผู้พิการถูกจอดขวาง");
        await page.GetByLabel("โทรศัพท์").FillAsync("021234567");
        await page.GetByRole(AriaRole.Button, new() { Name = "บันทึกเรื่อง" }).ClickAsync();

        await Assertions.Expect(page.GetByText("ที่จอดรถผู้พิการถูกจอดขวาง")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("โทรศัพท์");

        await page.GetByRole(AriaRole.Link, new() { Name = "รายงานรายไตรมาส" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "ดาวน์โหลด CSV" })).ToBeVisibleAsync();
        Assert.Empty(await Accessibility.ViolationsAsync(page));
    }
}
