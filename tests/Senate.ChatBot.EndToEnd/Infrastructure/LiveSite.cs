using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.EndToEnd.Infrastructure;

/// <summary>
/// The real host on a loopback port, wired to a fake LINE platform, plus Debian's chromium, headless,
/// shared by one test class. Disposing it fails if the host sent LINE a request that breaks LINE's API.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    private SenateHostFactory _factory = null!;
    private HttpClient? _webhookClient;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The LINE platform the host talks to: send users' messages with it, read what the host pushed.</summary>
    public FakeLinePlatform Line { get; private set; } = null!;

    /// <summary>The host's own services, so a test can put data in place as the bot would (a filed complaint).</summary>
    public T Get<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Line = await FakeLinePlatform.StartAsync(new FakeLineOptions
        {
            ChannelSecret = TestSettings.LineChannelSecret,
            ChannelAccessToken = TestSettings.LineChannelAccessToken,
        });
        _factory = new SenateHostFactory(new Dictionary<string, string?>
        {
            // With the demo meetings, bookshelf and members, as a person trying the service would see it.
            ["Demo:Seed"] = "true",
            ["Line:ApiBaseUrl"] = Line.BaseUrl,
            ["Line:DataApiBaseUrl"] = Line.BaseUrl,
            ["Line:AccountLinkUrl"] = Line.AccountLinkUrl,
            ["Line:PublicBaseUrl"] = "http://localhost",
            ["Line:RetryBaseDelayMilliseconds"] = "50",
            ["Line:PollMilliseconds"] = "100",
            // An open inbox picks up a complaint within a second, so a test need not wait the default 15.
            ["Desk:InboxRefreshSeconds"] = "1",
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        _webhookClient = new HttpClient { BaseAddress = BaseAddress };
        Line.WebhookClient = _webhookClient;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "th-TH", TimezoneId = "Asia/Bangkok" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        return page;
    }

    /// <summary>Keeps a picture of a key step (the whole page, timeline included) beside the test results, for people reviewing a run.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } dir ? dir : Path.GetTempPath(), "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        var violations = Line.State.Violations;
        await Line.DisposeAsync();
        _webhookClient?.Dispose();
        Assert.True(violations.Count == 0, "The host broke LINE's OpenAPI schema or limits:\n" + string.Join("\n", violations));
    }
}
