using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.EndToEnd.Infrastructure;

/// <summary>The real host on a loopback port plus Debian's chromium, headless, shared by one test class.</summary>
public sealed class LiveSite : IAsyncLifetime
{
    // With the demo meetings, bookshelf and members, as a person trying the service would see it.
    private readonly SenateHostFactory _factory = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The host's own services, so a test can put data in place as the bot would (a filed complaint).</summary>
    public T Get<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;

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

    /// <summary>Keeps a picture of a key step beside the test results, for people reviewing a run.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } dir ? dir : Path.GetTempPath(), "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
