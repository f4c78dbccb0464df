using Microsoft.Playwright;
using Senate.ChatBot.EndToEnd.Infrastructure;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.EndToEnd.Desk;

/// <summary>The desk as its people use it: a complaint from LINE worked to the end, and an officer kept out of admin pages.</summary>
public sealed class DeskJourneyTests(LiveSite site) : IClassFixture<LiveSite>
{
    private const string ReplyText = "ได้แจ้งช่างซ่อมไฟทางเดินแล้ว จะแล้วเสร็จภายในวันศุกร์นี้ค่ะ";

    [Fact]
    public async Task A_complaint_filed_on_LINE_appears_in_the_open_inbox_and_is_assigned_answered_on_LINE_and_resolved()
    {
        var officer = await DeskSteps.NewOfficerAsync(site, "officer.journey", "วิไล ใจดี");
        var page = await site.OpenAsync("/desk");
        await DeskSteps.SignInAsync(page, TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "กล่องเรื่องร้องเรียน" })).ToBeVisibleAsync();
        // Survives only while the page is not reloaded.
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        var (user, reference) = await DeskSteps.FileOverLineAsync(site, "ไฟทางเดินหน้าห้องประชุมชั้น 3 ดับมาสองวัน");

        var link = page.GetByRole(AriaRole.Link, new() { Name = reference });
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("มีเรื่องเข้ามาใหม่ 1 เรื่อง");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "The inbox reloaded itself");
        await Assertions.Expect(page.Locator($"tr[data-reference='{reference}']")).ToContainTextAsync("ยังไม่มอบหมาย");
        await LiveSite.ScreenshotAsync(page, "journey-1-inbox-new-complaint");
        Assert.Empty(await Accessibility.ViolationsAsync(page));

        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "เรื่องร้องเรียน " + reference })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".complaint-text").First).ToHaveTextAsync("ไฟทางเดินหน้าห้องประชุมชั้น 3 ดับมาสองวัน");
        await LiveSite.ScreenshotAsync(page, "journey-2-case");
        Assert.Empty(await Accessibility.ViolationsAsync(page));

        await page.GetByLabel("เจ้าหน้าที่").SelectOptionAsync(officer.Id);
        await page.GetByLabel("หน่วยงาน").FillAsync("สำนักบริหารงานกลาง");
        await page.GetByRole(AriaRole.Button, new() { Name = "มอบหมายเรื่อง" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("วิไล ใจดี (สำนักบริหารงานกลาง)");
        await LiveSite.ScreenshotAsync(page, "journey-3-assigned");

        await page.GetByLabel("คำตอบถึงผู้ร้อง (ผู้ร้องเห็น)").FillAsync(ReplyText);
        await page.GetByRole(AriaRole.Button, new() { Name = "ดูตัวอย่าง" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Region, new() { Name = "ตัวอย่างข้อความที่ผู้ร้องจะเห็น" });
        await Assertions.Expect(preview).ToContainTextAsync(ReplyText);
        await LiveSite.ScreenshotAsync(page, "journey-4-reply-preview");
        Assert.Empty(await Accessibility.ViolationsAsync(page));
        // A preview sends nothing.
        Assert.DoesNotContain(site.Line.State.MessagesTo(user), m => ((string?)m.Message["text"])?.Contains(ReplyText, StringComparison.Ordinal) == true);

        await page.GetByRole(AriaRole.Button, new() { Name = "ส่งคำตอบ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");
        var delivered = await DeskSteps.LineTextAsync(site, user, ReplyText);
        Assert.Contains(reference, delivered, StringComparison.Ordinal);
        await LiveSite.ScreenshotAsync(page, "journey-5-replied");

        await page.GetByLabel("ผลการดำเนินการ").SelectOptionAsync(new SelectOptionValue { Label = "ตอบแล้ว" });
        await page.GetByLabel("สรุป", new() { Exact = true }).FillAsync("ซ่อมไฟทางเดินเรียบร้อย");
        await page.GetByRole(AriaRole.Button, new() { Name = "ปิดเรื่อง" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("ปิดเรื่อง");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "เปิดเรื่องใหม่" })).ToBeVisibleAsync();

        // Each step is on the timeline with who took it.
        foreach (var (what, detail) in new[] { ("มอบหมาย", "วิไล ใจดี (สำนักบริหารงานกลาง)"), ("ตอบผู้ร้อง", ReplyText), ("ปิดเรื่อง", "ซ่อมไฟทางเดินเรียบร้อย") })
        {
            var entry = page.Locator("table.timeline tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = what, Exact = true }) });
            await Assertions.Expect(entry).ToHaveCountAsync(1);
            await Assertions.Expect(entry.Locator("td").Nth(1)).ToHaveTextAsync(TestSettings.DeskAdminUser);
            await Assertions.Expect(entry).ToContainTextAsync(detail);
        }

        await LiveSite.ScreenshotAsync(page, "journey-6-resolved");
        Assert.Empty(await Accessibility.ViolationsAsync(page));
        // The citizen is told on LINE that the matter is closed.
        Assert.Contains(reference, await DeskSteps.LineTextAsync(site, user, "ดำเนินการเสร็จแล้ว"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_is_refused_every_admin_and_supervisor_page_and_sees_no_links_to_them()
    {
        await DeskSteps.NewOfficerAsync(site, "officer.refused", "มานพ รักงาน");
        var page = await site.OpenAsync("/desk/login");
        await DeskSteps.SignInAsync(page, "officer.refused", DeskSteps.OfficerPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "กล่องเรื่องร้องเรียน" })).ToBeVisibleAsync();

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "ศูนย์รับเรื่องร้องเรียน" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "กล่องเรื่องร้องเรียน" })).ToBeVisibleAsync();
        foreach (var adminLink in new[] { "ผู้ใช้งาน", "ปฏิทินวันหยุดราชการ", "รหัสลงทะเบียนสมาชิก", "รายงานรายไตรมาส" })
        {
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = adminLink })).ToHaveCountAsync(0);
        }

        foreach (var path in new[] { "/desk/users", "/desk/admin/holidays", "/desk/admin/enrolment", "/desk/reports" })
        {
            var response = await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
            Assert.Equal(403, response?.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ท่านไม่มีสิทธิ์เปิดหน้านี้");
            await LiveSite.ScreenshotAsync(page, "officer-denied" + path.Replace('/', '-'));
        }
    }
}
