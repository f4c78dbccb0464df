using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Senate.ChatBot.EndToEnd.Infrastructure;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.EndToEnd.Desk;

/// <summary>WCAG 2.1 AA (axe) on the desk's dashboard, report and admin pages, the inbox and a case worked by keyboard alone, and a tablet's screen.</summary>
public sealed class DeskAccessibilityTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task Today_reports_with_a_chart_holidays_enrolment_and_my_account_meet_wcag_21_aa()
    {
        // One complaint this quarter, so the report draws its charts.
        await FileAsync("desk-a11y-report");
        var page = await site.OpenAsync("/desk/today");
        await DeskSteps.SignInAsync(page, TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);

        foreach (var (path, heading) in new[]
        {
            ("/desk/today", "ภาพรวมงานวันนี้"), ("/desk/reports", "รายงานรายไตรมาส"),
            ("/desk/admin/holidays", "ปฏิทินวันหยุดราชการ"), ("/desk/admin/enrolment", "รหัสลงทะเบียนสมาชิก"),
            ("/desk/me", "บัญชีของฉัน"),
        })
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
            if (path == "/desk/reports")
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "ช่องทาง" })).ToContainTextAsync("เว็บแชต");
            }

            await LiveSite.ScreenshotAsync(page, "a11y" + path.Replace('/', '-'));
            Assert.Empty(await Accessibility.ViolationsAsync(page));
        }
    }

    [Fact]
    public async Task The_inbox_filters_and_every_form_of_a_case_are_reached_and_used_with_the_keyboard()
    {
        var filed = await FileAsync("desk-a11y-keyboard");
        var page = await site.OpenAsync("/desk");
        await DeskSteps.SignInAsync(page, TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "กล่องเรื่องร้องเรียน" })).ToBeVisibleAsync();

        await DeskSteps.TabToAsync(page, page.GetByLabel("ค้นหาเลขที่หรือข้อความ"));
        await page.Keyboard.TypeAsync(filed.Reference);
        foreach (var label in new[] { "สถานะ", "ช่องทาง", "ประเภท" })
        {
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.GetByLabel(label, new() { Exact = true })).ToBeFocusedAsync();
        }

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "กรอง" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=" + filed.Reference));
        var link = page.GetByRole(AriaRole.Link, new() { Name = filed.Reference });
        await DeskSteps.TabToAsync(page, link);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "เรื่องร้องเรียน " + filed.Reference })).ToBeVisibleAsync();

        // Every form's fields and button, in reading order, from the top of the page.
        ILocator[] controls =
        [
            page.GetByRole(AriaRole.Button, new() { Name = "ตอบรับเรื่อง" }), page.GetByLabel("เจ้าหน้าที่", new() { Exact = true }), page.GetByLabel("หน่วยงาน"),
            page.GetByRole(AriaRole.Button, new() { Name = "มอบหมายเรื่อง" }), page.GetByLabel("บันทึกภายใน (ผู้ร้องไม่เห็น)"),
            page.GetByRole(AriaRole.Button, new() { Name = "เพิ่มบันทึก" }), page.GetByLabel("เหตุผลที่ส่งถึงหัวหน้างาน"),
            page.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่องถึงหัวหน้างาน" }), page.GetByLabel("คำถามถึงผู้ร้อง (หยุดนับเวลา)"),
            page.GetByRole(AriaRole.Button, new() { Name = "ขอข้อมูลเพิ่มเติม" }), page.GetByLabel("คำตอบถึงผู้ร้อง (ผู้ร้องเห็น)"),
            page.GetByRole(AriaRole.Button, new() { Name = "ดูตัวอย่าง" }), page.GetByRole(AriaRole.Button, new() { Name = "ส่งคำตอบ" }),
            page.GetByLabel("คณะทำงาน", new() { Exact = true }), page.GetByRole(AriaRole.Button, new() { Name = "ส่งต่อคณะทำงาน" }),
            page.GetByLabel("ผลการดำเนินการ"), page.GetByLabel("สรุป", new() { Exact = true }), page.GetByRole(AriaRole.Button, new() { Name = "ปิดเรื่อง" }),
        ];
        await DeskSteps.TabToAsync(page, controls[0]);
        foreach (var control in controls.Skip(1))
        {
            await DeskSteps.TabToAsync(page, control, maxPresses: 2);
        }

        // Enter on a form's button does what a click does.
        await page.GetByLabel("บันทึกภายใน (ผู้ร้องไม่เห็น)").FocusAsync();
        await page.Keyboard.TypeAsync("โทรสอบถามผู้ร้องแล้ว");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("บันทึกแล้ว");
        await LiveSite.ScreenshotAsync(page, "a11y-case-keyboard");
    }

    [Fact]
    public async Task On_a_tablet_held_upright_the_desk_fits_the_screen_without_sideways_scrolling()
    {
        var filed = await FileAsync("desk-tablet");
        var page = await site.OpenAsync("/desk");
        await page.SetViewportSizeAsync(768, 1024);
        await DeskSteps.SignInAsync(page, TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);

        foreach (var (path, name) in new[] { ("/desk", "inbox"), ($"/desk/complaints/{filed.Id}", "case"), ("/desk/today", "today") })
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px on a tablet");
            await LiveSite.ScreenshotAsync(page, "tablet-" + name);
        }
    }

    private Task<FiledComplaint> FileAsync(string key) => site.Get<ComplaintRegister>().FileAsync(
        new NewComplaint(ComplaintChannel.WebChat, ComplaintCategory.Complaint, "premises", "ป้ายบอกทางชั้น 1 อ่านยาก", [],
            new Contact("สมหญิง", "0812345678", null), new ReplyAddress("directline", "user-a11y", "conv-a11y", "th-TH"),
            Anonymous: false, new Consent("test", site.Get<TimeProvider>().GetUtcNow())),
        key, Actor.Citizen);
}
