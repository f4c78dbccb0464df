using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Senate.ChatBot.FakeLine;

/// <summary>
/// A small LINE platform on a real port: the bot's Messaging API calls land here, and it sends
/// signed webhook events to the bot. Start one per test (or one for script/server).
/// </summary>
public sealed class FakeLinePlatform : IAsyncDisposable
{
    /// <summary>The bot's own user id, sent as "destination" in every webhook.</summary>
    public const string Destination = "U0123456789abcdef0123456789abcdef";

    private readonly WebApplication _app;
    private readonly OpenApiSchemas _webhookSchemas;

    private FakeLinePlatform(FakeLineOptions options)
    {
        Options = options;
        var directory = options.OpenApiDirectory ?? FakeLineOptions.FindOpenApiDirectory();
        Schemas = OpenApiSchemas.Load(Path.Combine(directory, "messaging-api.yml"));
        _webhookSchemas = OpenApiSchemas.Load(Path.Combine(directory, "webhook.yml"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        if (!options.Logging)
        {
            builder.Logging.ClearProviders();
        }

        _app = builder.Build();
        _app.MapFakeLineApi(this);
        _app.MapFakeAccountLinkPage(this);
        _app.MapFakeConsole(this);
        if (options.WebhookUrl is { } url)
        {
            WebhookClient = new HttpClient();
            WebhookUrl = url;
        }
    }

    public FakeLineOptions Options { get; }

    public FakeLineState State { get; } = new();

    public TimeProvider Time { get; } = TimeProvider.System;

    internal OpenApiSchemas Schemas { get; }

    /// <summary>Cancelled when the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Where the bot should send API calls (both Line__ApiBaseUrl and Line__DataApiBaseUrl).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>LINE's account-link page on this fake (Line__AccountLinkUrl).</summary>
    public string AccountLinkUrl => BaseUrl + FakeAccountLinkPage.Path;

    /// <summary>How webhooks reach the bot: a test sets the in-process client of its host.</summary>
    public HttpClient? WebhookClient { get; set; }

    public Uri WebhookUrl { get; set; } = new("/api/line/webhook", UriKind.Relative);

    public static async Task<FakeLinePlatform> StartAsync(FakeLineOptions options)
    {
        var fake = new FakeLinePlatform(options);
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = address.TrimEnd('/');
        return fake;
    }

    /// <summary>A reply token for the chat, valid once and for <see cref="FakeLineOptions.ReplyTokenLifetime"/>.</summary>
    public string NewReplyToken(string chatId)
    {
        var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
        State.AddReplyToken(token, chatId, Time.GetUtcNow());
        return token;
    }

    public JsonObject UserText(string userId, string text) =>
        LineEvents.Text(LineEvents.UserSource(userId), text, NewReplyToken(userId), Time.GetUtcNow());

    /// <summary>Sends the events as one webhook request, checked against webhook.yml and signed with the channel secret.</summary>
    public Task<HttpResponseMessage> SendAsync(params JsonObject[] events)
    {
        var body = new JsonObject
        {
            ["destination"] = Destination,
            ["events"] = new JsonArray([.. events.Select(e => (JsonNode)e.DeepClone())]),
        };
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        using (var document = JsonDocument.Parse(bytes))
        {
            var errors = _webhookSchemas.Validate("CallbackRequest", document.RootElement);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The fake built a webhook that breaks webhook.yml: " + string.Join("; ", errors));
            }
        }

        return SendRawAsync(bytes, LineSigner.Sign(Options.ChannelSecret, bytes));
    }

    /// <summary>Any body with any signature (or none), for the webhook's own checks.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(byte[] body, string? signature)
    {
        var client = WebhookClient ?? throw new InvalidOperationException("Set WebhookClient to the bot's client first.");
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.Add(LineSigner.Header, signature);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Waits until the chat has received at least <paramref name="count"/> messages.</summary>
    public async Task<IReadOnlyList<DeliveredMessage>> WaitForMessagesAsync(string chatId, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var messages = State.MessagesTo(chatId);
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Options.WebhookUrl is not null)
        {
            WebhookClient?.Dispose();
        }
    }
}
