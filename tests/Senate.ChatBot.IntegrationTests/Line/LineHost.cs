using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Line;

/// <summary>
/// The real host on real PostgreSQL and Redis, wired to a fake LINE platform. Disposing it checks
/// that every request the host sent passed the OpenAPI schemas and LINE's limits.
/// </summary>
internal sealed class LineHost : IAsyncDisposable
{
    private readonly bool _ownsFake;

    private LineHost(FakeLinePlatform fake, SenateHostFactory factory, WebApplicationFactory<Program> app, bool ownsFake)
    {
        _ownsFake = ownsFake;
        Fake = fake;
        Factory = factory;
        App = app;
        Client = app.CreateClient(new() { AllowAutoRedirect = false });
        fake.WebhookClient = Client;
    }

    public FakeLinePlatform Fake { get; }

    public SenateHostFactory Factory { get; }

    /// <summary>The running host: the factory itself, or a variant of it with test services.</summary>
    public WebApplicationFactory<Program> App { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<LineHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        FakeLinePlatform? fake = null,
        TimeSpan? replyTokenLifetime = null,
        Action<IServiceCollection>? testServices = null)
    {
        var ownsFake = fake is null;
        fake ??= await FakeLinePlatform.StartAsync(new FakeLineOptions
        {
            ChannelSecret = TestSettings.LineChannelSecret,
            ChannelAccessToken = TestSettings.LineChannelAccessToken,
            ReplyTokenLifetime = replyTokenLifetime ?? TimeSpan.FromMinutes(1),
        });
        var all = new Dictionary<string, string?>
        {
            ["Line:ApiBaseUrl"] = fake.BaseUrl,
            ["Line:DataApiBaseUrl"] = fake.BaseUrl,
            ["Line:AccountLinkUrl"] = fake.AccountLinkUrl,
            ["Line:PublicBaseUrl"] = "http://localhost",
            ["Line:RetryBaseDelayMilliseconds"] = "50",
            ["Line:PollMilliseconds"] = "100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new SenateHostFactory(all);
        var app = testServices is null ? factory : factory.WithWebHostBuilder(b => b.ConfigureTestServices(testServices));
        return new LineHost(fake, factory, app, ownsFake);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A user who follows the account, so profile lookups find them.</summary>
    public string NewFriend(string displayName = "สมชาย")
    {
        var userId = LineEvents.NewUserId();
        lock (Fake.State.Gate)
        {
            Fake.State.Friends[userId] = displayName;
        }

        return userId;
    }

    public async Task SendOkAsync(params JsonObject[] events)
    {
        using var response = await Fake.SendAsync(events);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Runs SQL against this host's schema (the inbox and outbox tables live there).</summary>
    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(TestSettings.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Factory.Schema, StringComparison.Ordinal), connection);
        return (T?)await command.ExecuteScalarAsync();
    }

    /// <summary>Waits until the condition holds or fails the test after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var violations = Fake.State.Violations;
        Client.Dispose();
        await Factory.DisposeAsync();
        if (_ownsFake)
        {
            await Fake.DisposeAsync();
        }

        Assert.True(violations.Count == 0, "Requests broke the LINE OpenAPI schema or limits:\n" + string.Join("\n", violations));
    }
}
