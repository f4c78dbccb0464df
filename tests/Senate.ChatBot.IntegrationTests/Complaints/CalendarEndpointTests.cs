using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Complaints;

public sealed class CalendarEndpointTests(SenateHostFixture host) : IClassFixture<SenateHostFixture>
{
    private readonly HttpClient _http = host.Factory.CreateClient();

    [Theory]
    [InlineData("2026-05-29T10:00:00%2B07:00", "2026-06-05T16:30:00+07:00")]
    [InlineData("2026-07-29T09:00:00%2B07:00", "2026-08-04T16:30:00+07:00")]
    [InlineData("2025-12-31T03:00:00Z", "2026-01-07T16:30:00+07:00")]
    public async Task Due_follows_the_three_business_day_rule(string received, string due)
    {
        var answer = await _http.GetFromJsonAsync<JsonElement>($"/api/calendar/due?received={received}&days=3");

        Assert.Equal(due, answer.GetProperty("due").GetString());
        Assert.Equal(3, answer.GetProperty("businessDays").GetInt32());
        Assert.Equal(DateTimeOffset.Parse(Uri.UnescapeDataString(received), System.Globalization.CultureInfo.InvariantCulture),
            answer.GetProperty("received").GetDateTimeOffset());
    }

    [Fact]
    public async Task Days_default_to_three_and_an_unencoded_plus_is_understood()
    {
        var answer = await _http.GetFromJsonAsync<JsonElement>("/api/calendar/due?received=2026-05-29T10:00:00+07:00");

        Assert.Equal("2026-06-05T16:30:00+07:00", answer.GetProperty("due").GetString());
    }

    [Theory]
    [InlineData("/api/calendar/due")]
    [InlineData("/api/calendar/due?received=tomorrow")]
    [InlineData("/api/calendar/due?received=2026-05-29T10:00:00")]
    [InlineData("/api/calendar/due?received=2026-05-29T10:00:00Z&days=0")]
    [InlineData("/api/calendar/due?received=2026-05-29T10:00:00Z&days=three")]
    [InlineData("/api/calendar/due?received=2031-05-29T10:00:00Z")]
    public async Task Bad_input_is_a_problem_details_answer(string url)
    {
        var response = await _http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
