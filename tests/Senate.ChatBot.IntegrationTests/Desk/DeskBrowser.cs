using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>An HTTP client that behaves like a browser on the desk pages: cookies kept, antiforgery tokens sent back.</summary>
public sealed partial class DeskBrowser(SenateHostFactory host)
{
    public HttpClient Http { get; } = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpResponseMessage> SignInAsync(string user, string password) =>
        await PostFormAsync("/desk/login", "/desk/login", new() { ["UserName"] = user, ["Password"] = password });

    /// <summary>Opens <paramref name="page"/>, takes its antiforgery token and posts the form to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var html = await (await Http.GetAsync(new Uri(page, UriKind.Relative))).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(html).Groups[1].Value;
        using var form = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), form);
    }

    public async Task<HttpStatusCode> StatusOfAsync(string path) => (await Http.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
