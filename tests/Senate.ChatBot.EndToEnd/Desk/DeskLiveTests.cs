using Microsoft.Playwright;
using Senate.ChatBot.EndToEnd.Infrastructure;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.EndToEnd.Desk;

/// <summary>A supervisor keeps the inbox open all day: escalations must reach it without a reload.</summary>
public sealed class DeskLiveTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task An_escalation_by_an_officer_appears_as_a_notice_on_the_supervisors_open_inbox()
    {
        var page = await site.OpenAsync("/desk");
        await DeskSteps.SignInAsync(page, TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        var filed = await site.Get<ComplaintRegister>().FileAsync(
            new NewComplaint(ComplaintChannel.Letter, ComplaintCategory.Petition, "premises", "ขอทางลาดสำหรับรถเข็นที่ประตู 2", [],
                new Contact("สมศรี", "021234567", null), null, Anonymous: false, Consent: null),
            "desk-live-escalation", Actor.Officer("officer.live", "วิไล"));
        await Assertions.Expect(page.Locator($"tr[data-reference='{filed.Reference}']")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await site.Get<ComplaintDesk>().EscalateAsync(filed.Id, 1, "ผู้ร้องขอพบผู้บริหาร", Actor.Officer("officer.live", "วิไล"));

        var notices = page.GetByRole(AriaRole.Region, new() { Name = "การแจ้งเตือนถึงท่าน (1)" });
        await Assertions.Expect(notices).ToContainTextAsync($"{filed.Reference} เรื่อง {filed.Reference} (อาคารและการเข้าชม) ถูกส่งถึงหัวหน้างาน: ผู้ร้องขอพบผู้บริหาร", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("มีการแจ้งเตือนใหม่ 1 รายการ");
        await Assertions.Expect(page.Locator($"tr[data-reference='{filed.Reference}']")).ToContainTextAsync("ส่งถึงหัวหน้างานแล้ว");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "The inbox reloaded itself");
        await LiveSite.ScreenshotAsync(page, "desk-live-escalation");
        Assert.Empty(await Accessibility.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "รับทราบทั้งหมด" }).ClickAsync();
        await Assertions.Expect(notices).Not.ToBeVisibleAsync();
    }
}
