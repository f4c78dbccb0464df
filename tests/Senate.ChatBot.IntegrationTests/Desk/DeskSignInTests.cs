using System.Net;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Desk;

public sealed class DeskSignInTests : IAsyncLifetime
{
    private const string AdminPassword = "correct horse battery staple";
    private SenateHostFactory _host = null!;

    public Task InitializeAsync()
    {
        _host = new SenateHostFactory(new Dictionary<string, string?>
        {
            ["Desk:AdminUser"] = "Somchai.Admin",
            ["Desk:AdminPassword"] = AdminPassword,
            ["Desk:SignInAttemptsPerMinute"] = "30",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_inbox_asks_for_sign_in_first()
    {
        var response = await new DeskBrowser(_host).Http.GetAsync(new Uri("/desk", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/desk/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_admin_from_the_environment_signs_in_with_a_hardened_cookie()
    {
        var browser = new DeskBrowser(_host);

        var response = await browser.SignInAsync("somchai.admin", AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("senate-desk=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/desk", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, await browser.StatusOfAsync("/desk"));
        Assert.Equal(HttpStatusCode.OK, await browser.StatusOfAsync("/desk/users"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var browser = new DeskBrowser(_host);
        var officer = await CreateOfficerAsync("officer.lock");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SignInAsync(officer, "wrong password " + i)).StatusCode);
        }

        var locked = await browser.SignInAsync(officer, "officer password 123");

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("ล็อกชั่วคราว", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_cannot_open_user_administration()
    {
        var browser = new DeskBrowser(_host);
        var officer = await CreateOfficerAsync("officer.plain");
        await browser.SignInAsync(officer, "officer password 123");

        Assert.Equal(HttpStatusCode.OK, await browser.StatusOfAsync("/desk"));
        var denied = await browser.Http.GetAsync(new Uri("/desk/users", UriKind.Relative));
        Assert.StartsWith("/desk/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "somchai.admin", ["Password"] = AdminPassword });

        var response = await new DeskBrowser(_host).Http.PostAsync(new Uri("/desk/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in()
    {
        var admin = new DeskBrowser(_host);
        await admin.SignInAsync("somchai.admin", AdminPassword);
        var officer = await CreateOfficerAsync("officer.leaving", admin);

        await admin.PostFormAsync("/desk/users", "/desk/users?handler=Toggle", new() { ["id"] = officer });

        Assert.Equal(HttpStatusCode.Unauthorized, (await new DeskBrowser(_host).SignInAsync(officer, "officer password 123")).StatusCode);
    }

    private async Task<string> CreateOfficerAsync(string name, DeskBrowser? admin = null)
    {
        if (admin is null)
        {
            admin = new DeskBrowser(_host);
            await admin.SignInAsync("somchai.admin", AdminPassword);
        }

        var added = await admin.PostFormAsync("/desk/users", "/desk/users?handler=Add", new()
        {
            ["UserName"] = name,
            ["DisplayName"] = "สมหญิง ใจดี",
            ["Role"] = "Officer",
            ["Password"] = "officer password 123",
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        return name;
    }
}
