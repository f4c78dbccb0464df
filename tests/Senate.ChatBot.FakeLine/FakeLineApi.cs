using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Senate.ChatBot.FakeLine;

/// <summary>
/// The Messaging API endpoints the bot calls. Each checks the bearer token, the body against the
/// OpenAPI schema and LINE's limits (a failure answers 400 and is kept as a violation), can be made
/// to fail on demand, and records the call.
/// </summary>
internal static class FakeLineApi
{
    public static void MapFakeLineApi(this WebApplication app, FakeLinePlatform fake)
    {
        var state = fake.State;
        app.MapPost("/v2/bot/message/reply", (HttpRequest r) => Handle(r.HttpContext, fake, "reply", "ReplyMessageRequest", body =>
        {
            var chatId = state.UseReplyToken((string)body!["replyToken"]!, fake.Time.GetUtcNow(), fake.Options.ReplyTokenLifetime);
            if (chatId is null)
            {
                return Error(400, "Invalid reply token");
            }

            state.Deliver(chatId, "reply", body["messages"]!.AsArray());
            return Sent(body);
        }));

        app.MapPost("/v2/bot/message/push", (HttpRequest r) => Handle(r.HttpContext, fake, "push", "PushMessageRequest", body =>
        {
            var key = r.Headers["X-Line-Retry-Key"].ToString();
            if (key.Length > 0 && !Guid.TryParse(key, out _))
            {
                state.Violation("push: X-Line-Retry-Key is not a UUID");
                return Error(400, "The retry key is not a UUID");
            }

            if (key.Length > 0 && !state.AcceptRetryKey(key))
            {
                return Error(409, "The retry key is already accepted");
            }

            state.Deliver((string)body!["to"]!, "push", body["messages"]!.AsArray());
            return Sent(body);
        }));

        app.MapPost("/v2/bot/chat/loading/start", (HttpRequest r) => Handle(r.HttpContext, fake, "loading", "ShowLoadingAnimationRequest", body =>
            (int?)body!["loadingSeconds"] is { } seconds && seconds % 5 != 0
                ? Error(400, "loadingSeconds must be a multiple of 5")
                : Results.Json(new JsonObject(), statusCode: 202)));

        app.MapGet("/v2/bot/profile/{userId}", (HttpContext http, string userId) => Handle(http, fake, "profile", null, _ =>
        {
            lock (state.Gate)
            {
                return state.Friends.TryGetValue(userId, out var name)
                    ? Results.Json(new { userId, displayName = name, language = "th" })
                    : Error(404, "Not found");
            }
        }));

        app.MapPost("/v2/bot/user/{userId}/linkToken", (HttpContext http, string userId) => Handle(http, fake, "linkToken", null, _ =>
        {
            var token = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32);
            state.AddLinkToken(token, userId, fake.Time.GetUtcNow());
            return Results.Json(new { linkToken = token });
        }));

        // getMessageContent (on the data API host in LINE; one fake serves both): the bytes the test registered.
        app.MapGet("/v2/bot/message/{messageId}/content", (HttpContext http, string messageId) => Handle(http, fake, "content", null, _ =>
            state.Content(messageId) is { } content
                ? Results.Bytes(content.Bytes, content.ContentType)
                : Error(404, "Not found")));

        FakeRichMenuApi.Map(app, fake);
    }

    /// <summary>The shared steps of every endpoint: auth, fault injection, body parsing and checks, recording.</summary>
    internal static async Task<IResult> Handle(HttpContext http, FakeLinePlatform fake, string operation, string? schema, Func<JsonNode?, IResult> answer)
    {
        var state = fake.State;
        var retryKey = http.Request.Headers["X-Line-Retry-Key"].FirstOrDefault();
        var text = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
        IResult result;
        if (http.Request.Headers.Authorization.ToString() != $"Bearer {fake.Options.ChannelAccessToken}")
        {
            state.Violation($"{operation}: missing or wrong channel access token");
            result = Error(401, "Authentication failed");
        }
        else if (state.TakeFault(operation) is { } fault)
        {
            if (fault.RetryAfterSeconds is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            result = Error(fault.Status, fault.Status == 429 ? "The API rate limit has been exceeded." : "Internal server error");
        }
        else if (schema is null)
        {
            result = answer(null);
        }
        else
        {
            result = Check(state, operation, schema, text, fake.Schemas, out var body) ?? answer(body);
        }

        state.Record(new RecordedCall(operation, StatusOf(result), retryKey, text.Length > 0 ? text : null, fake.Time.GetUtcNow()));
        return result;
    }

    private static IResult? Check(FakeLineState state, string operation, string schema, string text, OpenApiSchemas schemas, out JsonNode? body)
    {
        body = null;
        List<string> errors;
        try
        {
            using var document = JsonDocument.Parse(text);
            errors = [.. schemas.Validate(schema, document.RootElement)];
            body = JsonNode.Parse(text);
            errors.AddRange(FakeLineLimits.Check(body?["messages"] as JsonArray));
        }
        catch (JsonException)
        {
            errors = ["$: the body is not JSON"];
        }

        foreach (var error in errors)
        {
            state.Violation($"{operation}: {error}");
        }

        return errors.Count == 0 ? null : Results.Json(new
        {
            message = "The request body has " + errors.Count + " error(s)",
            details = errors.Select(e => new { message = e }),
        }, statusCode: 400);
    }

    private static IResult Sent(JsonNode body) => Results.Json(new
    {
        sentMessages = body["messages"]!.AsArray().Select(_ => new { id = RandomNumberGenerator.GetString("0123456789", 18) }),
    });

    internal static IResult Error(int status, string message) => Results.Json(new { message }, statusCode: status);

    private static int StatusOf(IResult result) => result is IStatusCodeHttpResult { StatusCode: { } code } ? code : 200;
}
