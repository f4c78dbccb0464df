using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_answers_200_when_postgres_and_redis_answer()
    {
        await using var factory = new SenateHostFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("postgres").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("redis").GetString());
    }

    [Fact]
    public async Task Stopping_redis_makes_ready_503_while_live_stays_200()
    {
        using var redis = new RedisServerProcess();
        await using var factory = new SenateHostFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
        });
        using var client = factory.CreateClient();
        await WaitForAsync(client, HttpStatusCode.OK);

        redis.Stop();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("redis").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    // The multiplexer connects in the background; on a busy machine that can take a moment.
    private static async Task WaitForAsync(HttpClient client, HttpStatusCode expected)
    {
        var status = HttpStatusCode.NotFound;
        for (var attempt = 0; attempt < 30 && status != expected; attempt++)
        {
            status = (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode;
            if (status != expected)
            {
                await Task.Delay(500);
            }
        }

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Unknown_address_answers_with_problem_details()
    {
        await using var factory = new SenateHostFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
