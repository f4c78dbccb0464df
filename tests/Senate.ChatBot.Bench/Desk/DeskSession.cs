using System.Net;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.Bench.Desk;

/// <summary>
/// A signed-in desk officer over plain HTTP. The host runs as in Production, where the sign-in cookie
/// is marked Secure; a cookie jar would not send it over loopback HTTP, so the cookies are kept by hand.
/// </summary>
internal sealed class DeskSession(HttpClient http) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public static async Task<DeskSession> SignInAsync(Uri host, string user, string password)
    {
        var session = new DeskSession(new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host });
        var (_, login) = await session.GetAsync("/desk/login", listOnly: false);
        var token = DeskForms.AntiforgeryToken(login);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/desk/login") { Content = form };
        using var response = await session.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The desk sign-in answered {(int)response.StatusCode}.");
        }

        return session;
    }

    public async Task<(bool Ok, string Html)> GetAsync(string path, bool listOnly)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (listOnly)
        {
            request.Headers.Add("X-Desk-List", "1");
        }

        using var response = await SendAsync(request);
        return (response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await http.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0].Split('=', 2);
            _cookies[pair[0]] = pair[1];
        }

        return response;
    }
}
