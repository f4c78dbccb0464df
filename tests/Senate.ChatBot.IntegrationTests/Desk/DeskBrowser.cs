using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>An HTTP client that behaves like a browser on the desk pages: cookies kept, antiforgery tokens sent back.</summary>
public sealed class DeskBrowser(SenateHostFactory host)
{
    /// <summary>The password of the users <see cref="AsNewUserAsync"/> adds.</summary>
    public const string NewUserPassword = "desk user password 123";

    public HttpClient Http { get; } = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpResponseMessage> SignInAsync(string user, string password) =>
        await PostFormAsync("/desk/login", "/desk/login", new() { ["UserName"] = user, ["Password"] = password });

    /// <summary>Opens <paramref name="page"/>, takes its antiforgery token and posts the form to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenOfAsync(page);
        using var form = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), form);
    }

    /// <summary>The first administrator adds a desk user with <paramref name="role"/>; a new browser signs in as them.</summary>
    public static async Task<DeskBrowser> AsNewUserAsync(SenateHostFactory host, string name, string role)
    {
        var admin = new DeskBrowser(host);
        await admin.SignInAsync(TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);
        await admin.PostFormAsync("/desk/users", "/desk/users?handler=Add", new()
        {
            ["UserName"] = name, ["DisplayName"] = "สมหญิง " + name, ["Role"] = role, ["Password"] = NewUserPassword,
        });
        var browser = new DeskBrowser(host);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(name, NewUserPassword)).StatusCode);
        return browser;
    }

    /// <summary>The antiforgery token in <paramref name="page"/>'s forms, as this browser's session was given it.</summary>
    public async Task<string> TokenOfAsync(string page)
    {
        var html = await (await Http.GetAsync(new Uri(page, UriKind.Relative))).Content.ReadAsStringAsync();
        return DeskForms.AntiforgeryToken(html);
    }

    public async Task<HttpStatusCode> StatusOfAsync(string path) => (await Http.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;
}
