using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Senate.ChatBot.EndToEnd.Infrastructure;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.EndToEnd.Desk;

/// <summary>Steps the desk's browser tests share: signing in, a new officer, a citizen on LINE, the Tab key.</summary>
internal static partial class DeskSteps
{
    public const string OfficerPassword = "officer-e2e-password";

    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("ชื่อผู้ใช้").FillAsync(userName);
        await page.GetByLabel("รหัสผ่าน").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
    }

    public static async Task<DeskUser> NewOfficerAsync(LiveSite site, string userName, string displayName)
    {
        var officer = await site.Get<DeskUsers>().CreateAsync(userName, displayName, DeskRole.Officer, OfficerPassword, CancellationToken.None);
        return officer ?? throw new InvalidOperationException("The desk refused to create the officer " + userName);
    }

    /// <summary>A LINE friend files a complaint through the bot's conversation; returns the user and the reference the bot gave.</summary>
    public static async Task<(string User, string Reference)> FileOverLineAsync(LiveSite site, string description)
    {
        var user = LineEvents.NewUserId();
        lock (site.Line.State.Gate)
        {
            site.Line.State.Friends[user] = "สมชาย";
        }

        foreach (var text in new[] { "ร้องเรียน", "1", "5", "ยินยอม", description, "ไม่มี", "ตอบกลับทางแชตนี้", "ส่งเรื่อง" })
        {
            using var response = await site.Line.SendAsync(site.Line.UserText(user, text));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var confirmation = await LineTextAsync(site, user, "ส่งเรื่องเรียบร้อยแล้ว");
        var reference = Reference().Match(confirmation);
        Assert.True(reference.Success, "The confirmation carries no reference: " + confirmation);
        return (user, reference.Value);
    }

    /// <summary>The first message LINE delivered to the user containing the words; waits on the fake, fails after 30 seconds.</summary>
    public static async Task<string> LineTextAsync(LiveSite site, string user, string containing)
    {
        for (var count = 1; ; )
        {
            var messages = await site.Line.WaitForMessagesAsync(user, count, TimeSpan.FromSeconds(30));
            var found = messages.Select(m => (string?)m.Message["text"]).FirstOrDefault(t => t?.Contains(containing, StringComparison.Ordinal) == true);
            if (found is not null)
            {
                return found;
            }

            Assert.True(messages.Count >= count, $"LINE delivered no message containing \"{containing}\"");
            count = messages.Count + 1;
        }
    }

    /// <summary>Presses Tab (at most a few times) until the element has focus, as a keyboard user would.</summary>
    public static async Task TabToAsync(IPage page, ILocator element, int maxPresses = 40)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await element.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab did not reach {element} within {maxPresses} presses");
    }

    [GeneratedRegex(@"CMP-\d{4}-\d{6}-[A-Z0-9]{2}")]
    private static partial Regex Reference();
}
