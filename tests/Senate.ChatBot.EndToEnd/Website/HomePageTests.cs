using Senate.ChatBot.EndToEnd.Infrastructure;

namespace Senate.ChatBot.EndToEnd.Website;

public sealed class HomePageTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task Home_page_is_thai_and_meets_wcag_21_aa()
    {
        var page = await site.OpenAsync("/");

        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("วุฒิสภา", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Empty(await Accessibility.ViolationsAsync(page));
    }
}
