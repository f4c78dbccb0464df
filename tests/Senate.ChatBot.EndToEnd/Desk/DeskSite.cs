using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.EndToEnd.Desk;

/// <summary>
/// The real host on a loopback port with headless chromium, like LiveSite, but also handing out the
/// host's services so a test can file a complaint into the register as the bot would.
/// </summary>
public sealed class DeskSite : IAsyncLifetime
{
    private readonly SenateHostFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public T Get<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> OpenAsync(string path)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "th-TH", TimezoneId = "Asia/Bangkok" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_factory.ClientOptions.BaseAddress, path).ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
