using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.DirectLine;

public sealed class DirectLineAccessTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private SenateHostFactory _host = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _host = new SenateHostFactory(services: s => s.AddSingleton<TimeProvider>(_time));
        _http = _host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_token_cannot_read_or_post_to_another_conversation()
    {
        var mine = await DirectLineClient.StartAsync(_http);
        var theirs = await DirectLineClient.StartAsync(_http);

        using var read = mine.Request(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities");
        using var post = mine.Request(HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities");
        post.Content = JsonContent.Create(new { type = "message", text = "แอบอ่าน" });

        await AssertProblemAsync(await _http.SendAsync(read), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await _http.SendAsync(post), HttpStatusCode.Forbidden);
        var (activities, _) = await theirs.ReadAsync(_http);
        Assert.DoesNotContain(activities, a => a.TryGetProperty("text", out var t) && t.GetString() == "แอบอ่าน");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJDb252IjoiYSJ9.forged")]
    public async Task A_missing_or_forged_token_is_refused(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/conversations", UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        await AssertProblemAsync(await _http.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_expires_after_thirty_minutes_unless_refreshed()
    {
        var client = await DirectLineClient.StartAsync(_http);
        _time.Advance(TimeSpan.FromMinutes(20));
        using var refresh = client.Request(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var renewed = (await (await _http.SendAsync(refresh)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        _time.Advance(TimeSpan.FromMinutes(15));

        using var stale = client.Request(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        await AssertProblemAsync(await _http.SendAsync(stale), HttpStatusCode.Unauthorized);
        using var fresh = new HttpRequestMessage(HttpMethod.Get, new Uri($"/v3/directline/conversations/{client.ConversationId}/activities", UriKind.Relative));
        fresh.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(fresh)).StatusCode);
    }

    [Fact]
    public async Task Generating_a_token_needs_the_direct_line_secret()
    {
        using var withSecret = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/tokens/generate", UriKind.Relative));
        withSecret.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSettings.DirectLineSecret);
        using var withoutSecret = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/tokens/generate", UriKind.Relative));
        withoutSecret.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");

        var generated = await _http.SendAsync(withSecret);

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = await generated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        await AssertProblemAsync(await _http.SendAsync(withoutSecret), HttpStatusCode.Unauthorized);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }
}
