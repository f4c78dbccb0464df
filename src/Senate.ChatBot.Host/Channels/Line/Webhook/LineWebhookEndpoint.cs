using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Host.Channels.Line.Inbox;
using Senate.ChatBot.Host.Channels.Line.Turns;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Channels.Line.Webhook;

/// <summary>
/// POST /api/line/webhook: checks the signature on the raw body, stores every event in the inbox
/// (duplicates skipped) and answers 200. The bot runs afterwards, so LINE gets its answer in
/// milliseconds whatever the bot does.
/// </summary>
internal static class LineWebhookEndpoint
{
    public const string Path = "/api/line/webhook";

    /// <summary>LINE batches events; a megabyte is far above any real delivery.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static RouteHandlerBuilder MapLineWebhook(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, ReceiveAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .DisableAntiforgery()
            .WithTags("LINE");

    private static async Task<Results<Ok, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request,
        IOptions<LineOptions> options,
        LineInboxWriter inbox,
        LineInboxProcessor processor,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(LineWebhookEndpoint));
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!LineSignature.IsValid(options.Value.ChannelSecret!, body.Span, request.Headers[LineSignature.Header]))
        {
            LineLog.WebhookRejected(logger, "missing or wrong signature");
            return Problems.Unauthorized("The x-line-signature header is missing or does not match the body.");
        }

        if (Parse(body) is not { } events)
        {
            LineLog.WebhookRejected(logger, "malformed body");
            return Problems.BadRequest("The body is not a LINE webhook request (a JSON object with an events array).");
        }

        // An empty events array is LINE's "verify" call: nothing to store, just 200.
        var stored = await inbox.StoreAsync(events);
        LineLog.EventsStored(logger, stored, events.Count);
        if (stored > 0)
        {
            processor.Wake();
        }

        return TypedResults.Ok();
    }

    private static List<IncomingEvent>? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var parsed = new List<IncomingEvent>(events.GetArrayLength());
            foreach (var e in events.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                var json = e.GetRawText();
                // Every current event has a webhookEventId; without one, the event's own bytes identify a redelivery.
                var id = e.TryGetProperty("webhookEventId", out var v) && v.ValueKind == JsonValueKind.String
                    ? v.GetString()!
                    : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
                var ts = e.TryGetProperty("timestamp", out var t) && t.TryGetInt64(out var ms) ? ms : 0;
                parsed.Add(new IncomingEvent(id, LineSource.KeyOf(e), ts, json));
            }

            return parsed;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
