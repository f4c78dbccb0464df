using Microsoft.Playwright;
using Senate.ChatBot.EndToEnd.Infrastructure;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.EndToEnd.Desk;

public sealed class DeskSignInPageTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task An_officer_signs_in_with_the_keyboard_only_and_every_page_meets_wcag_21_aa()
    {
        var page = await site.OpenAsync("/desk");
        Assert.EndsWith("/desk/login?ReturnUrl=%2Fdesk", page.Url, StringComparison.Ordinal);
        Assert.Empty(await Accessibility.ViolationsAsync(page));

        // The user name field has focus on arrival; Tab moves to the password, Enter submits.
        await page.Keyboard.TypeAsync(TestSettings.DeskAdminUser);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(TestSettings.DeskAdminPassword);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "กล่องเรื่องร้องเรียน" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "ผู้ใช้งาน" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = TestSettings.DeskAdminUser }).First).ToBeVisibleAsync();
        await LiveSite.ScreenshotAsync(page, "desk-users");
        Assert.Empty(await Accessibility.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users" })).ToBeVisibleAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task A_wrong_password_is_announced_to_screen_readers()
    {
        var page = await site.OpenAsync("/desk/login");
        await page.GetByLabel("ชื่อผู้ใช้").FillAsync(TestSettings.DeskAdminUser);
        await page.GetByLabel("รหัสผ่าน").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        Assert.Empty(await Accessibility.ViolationsAsync(page));
    }
}
