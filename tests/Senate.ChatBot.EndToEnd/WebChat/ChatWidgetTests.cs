using Microsoft.Playwright;
using Senate.ChatBot.EndToEnd.Infrastructure;

namespace Senate.ChatBot.EndToEnd.WebChat;

public sealed class ChatWidgetTests(LiveSite site) : IClassFixture<LiveSite>
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 15_000 };

    [Fact]
    public async Task Citizen_opens_the_widget_is_welcomed_in_thai_and_gets_help()
    {
        var page = await site.OpenAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "แชตกับวุฒิสภา" }).ClickAsync();
        var transcript = page.Locator(".senate-chat-transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("ผู้ช่วยวุฒิสภายินดีให้บริการ", Patient);

        await Send(page, "ช่วยเหลือ");

        await Assertions.Expect(transcript).ToContainTextAsync("วิธีใช้", Patient);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "ตารางประชุม" }).First).ToBeVisibleAsync();
        await LiveSite.ScreenshotAsync(page, "webchat-help");
        Assert.Empty(await Accessibility.ViolationsAsync(page));
    }

    [Fact]
    public async Task Conversation_survives_a_page_reload()
    {
        var page = await site.OpenAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "แชตกับวุฒิสภา" }).ClickAsync();
        var transcript = page.Locator(".senate-chat-transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("ผู้ช่วยวุฒิสภายินดีให้บริการ", Patient);
        await Send(page, "ขอบคุณครับ");
        await Assertions.Expect(transcript).ToContainTextAsync("ยินดีค่ะ", Patient);

        await page.ReloadAsync();

        // The panel reopens by itself and shows the earlier exchange from the same conversation.
        await Assertions.Expect(transcript).ToContainTextAsync("ขอบคุณครับ", Patient);
        await Assertions.Expect(transcript).ToContainTextAsync("ยินดีค่ะ", Patient);
        await LiveSite.ScreenshotAsync(page, "webchat-after-reload");
        await Send(page, "สวัสดี");
        await Assertions.Expect(LastBotBubble(transcript)).ToContainTextAsync("ผู้ช่วยวุฒิสภายินดีให้บริการ", Patient);
    }

    [Fact]
    public async Task Citizen_picks_meetings_from_a_button_asks_for_today_then_files_a_complaint()
    {
        var page = await site.OpenAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "แชตกับวุฒิสภา" }).ClickAsync();
        var transcript = page.Locator(".senate-chat-transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("ผู้ช่วยวุฒิสภายินดีให้บริการ", Patient);

        await page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = "ตารางประชุม" }).ClickAsync();
        await Assertions.Expect(transcript.Locator(".webchat__bubble--from-user").Last).ToContainTextAsync("ตารางประชุม", Patient);
        await Send(page, "วันนี้มีประชุมอะไรบ้าง");
        await Assertions.Expect(LastBotBubble(transcript)).ToContainTextAsync("ห้องประชุม", Patient);
        await LiveSite.ScreenshotAsync(page, "webchat-meetings-today");

        await Send(page, "ร้องเรียน");
        await Assertions.Expect(LastBotBubble(transcript)).ToContainTextAsync("ต้องการแจ้งเรื่องประเภทใด", Patient);
        foreach (var (say, expect) in new[]
        {
            ("1", "เรื่องนี้เกี่ยวกับอะไร"),
            ("เว็บไซต์และแชต", "ยินยอม"),
            ("ยินยอม", "เล่ารายละเอียด"),
            ("ลิงก์เอกสารรายงานการประชุมบนเว็บไซต์เปิดไม่ได้", "ไฟล์"),
            ("ไม่มี", "ตอบกลับ"),
            ("ตอบกลับทางแชตนี้", "ส่งเรื่องนี้เลยไหม"),
        })
        {
            await Send(page, say);
            await Assertions.Expect(LastBotBubble(transcript)).ToContainTextAsync(expect, Patient);
        }

        await Assertions.Expect(transcript).ToContainTextAsync("สรุปเรื่องที่จะส่ง", Patient);
        await Send(page, "ส่งเรื่อง");
        await Assertions.Expect(LastBotBubble(transcript)).ToContainTextAsync("CMP-", Patient);
        await LiveSite.ScreenshotAsync(page, "webchat-complaint-filed");
        Assert.Empty(await Accessibility.ViolationsAsync(page));
    }

    [Fact]
    public async Task A_saved_conversation_that_no_longer_exists_is_replaced_by_a_new_one()
    {
        var page = await site.OpenAsync("/privacy.html");
        await page.EvaluateAsync("""
            sessionStorage.setItem('senate-chatbot', JSON.stringify({
              token: 'expired.token', conversationId: 'gone', expiresAt: Date.now() + 600000, started: true }))
            """);
        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "แชตกับวุฒิสภา" }).ClickAsync();

        await Assertions.Expect(page.Locator(".senate-chat-transcript")).ToContainTextAsync("ผู้ช่วยวุฒิสภายินดีให้บริการ", Patient);
    }

    private static ILocator LastBotBubble(ILocator transcript) =>
        transcript.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Last;

    private static async Task Send(IPage page, string text)
    {
        var box = page.Locator(".senate-chat-transcript input[type=text], .senate-chat-transcript textarea").First;
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }
}
