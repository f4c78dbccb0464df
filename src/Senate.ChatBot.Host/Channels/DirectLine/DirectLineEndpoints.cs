using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>Direct Line 3.0, the protocol the official Web Chat widget speaks, served by our own host.</summary>
internal static class DirectLineEndpoints
{
    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline").RequireCors(DirectLineSetup.CorsPolicy).WithTags("Direct Line");
        api.MapPost("/tokens/generate", Generate);
        api.MapPost("/tokens/refresh", Refresh);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapPost("/conversations/{conversationId}/upload", DirectLineUpload.PostAsync);
        api.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return api;
    }

    /// <summary>Server side only: the caller presents the Direct Line secret and gets a token for a new conversation.</summary>
    private static Results<Ok<ConversationInfo>, ProblemHttpResult> Generate(HttpContext http, DirectLineTokens tokens)
    {
        if (!tokens.IsSecret(Bearer(http)))
        {
            return Problems.Unauthorized("The Direct Line secret is missing or wrong.");
        }

        var (token, claims) = tokens.IssueForNewConversation();
        return TypedResults.Ok(ConversationInfo.From(token, claims, tokens));
    }

    private static Results<Ok<ConversationInfo>, ProblemHttpResult> Refresh(HttpContext http, DirectLineTokens tokens)
    {
        if (tokens.Validate(Bearer(http)) is not { } claims)
        {
            return Problems.Unauthorized("The token is missing, wrong or expired.");
        }

        var (token, renewed) = tokens.Issue(claims.ConversationId, claims.UserId);
        return TypedResults.Ok(ConversationInfo.From(token, renewed, tokens));
    }

    private static async Task<Results<Created<ConversationInfo>, Ok<ConversationInfo>, ProblemHttpResult>> StartAsync(
        HttpContext http, DirectLineTokens tokens, DirectLineAdapter adapter, CancellationToken cancellationToken)
    {
        var bearer = Bearer(http);
        var claims = tokens.IsSecret(bearer)
            ? tokens.IssueForNewConversation().Claims
            : tokens.Validate(bearer);
        if (claims is null)
        {
            return Problems.Unauthorized("The token is missing, wrong or expired.");
        }

        var (token, renewed) = tokens.Issue(claims.ConversationId, claims.UserId);
        var info = ConversationInfo.From(token, renewed, tokens, StreamUrl(http, claims.ConversationId, token, watermark: null));
        if (!await adapter.StartConversationAsync(claims, cancellationToken))
        {
            return TypedResults.Ok(info);
        }

        return TypedResults.Created($"/v3/directline/conversations/{claims.ConversationId}", info);
    }

    private static async Task<Results<Ok<ConversationInfo>, ProblemHttpResult>> ReconnectAsync(
        HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineConversationStore store)
    {
        if (await AuthorizeAsync(http, conversationId, tokens, store) is { } problem)
        {
            return problem;
        }

        var claims = tokens.Validate(Bearer(http))!;
        var (token, renewed) = tokens.Issue(claims.ConversationId, claims.UserId);
        return TypedResults.Ok(ConversationInfo.From(token, renewed, tokens, StreamUrl(http, conversationId, token, watermark)));
    }

    private static async Task<Results<Ok<ActivitySet>, ProblemHttpResult>> GetActivitiesAsync(
        HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineConversationStore store)
    {
        if (await AuthorizeAsync(http, conversationId, tokens, store) is { } problem)
        {
            return problem;
        }

        var (activities, next) = await store.ReadAsync(conversationId, ParseWatermark(watermark));
        return TypedResults.Ok(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)));
    }

    private static async Task<Results<Ok<ResourceId>, ProblemHttpResult>> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversationStore store,
        DirectLineAdapter adapter, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(http, conversationId, tokens, store) is { } problem)
        {
            return problem;
        }

        var (activity, invalid) = await ActivityReader.ReadAsync(http.Request, DirectLineSetup.MaxActivityBytes, cancellationToken);
        if (activity is null)
        {
            return invalid!;
        }

        return TypedResults.Ok(new ResourceId(await ReceiveAsUserAsync(http, conversationId, activity, tokens, adapter, cancellationToken)));
    }

    /// <summary>The token says who the user is; a posted "from" cannot speak for someone else.</summary>
    internal static Task<string> ReceiveAsUserAsync(
        HttpContext http, string conversationId, Activity activity, DirectLineTokens tokens, DirectLineAdapter adapter, CancellationToken cancellationToken)
    {
        var claims = tokens.Validate(Bearer(http))!;
        activity.From = new ChannelAccount(claims.UserId, activity.From?.Name, RoleTypes.User);
        return adapter.ReceiveAsync(conversationId, activity, cancellationToken);
    }

    private static async Task StreamAsync(
        HttpContext http, string conversationId, string? watermark, string? t, DirectLineTokens tokens,
        DirectLineConversationStore store, DirectLineStream stream)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Problems.BadRequest("This address only accepts WebSocket connections.").ExecuteAsync(http);
            return;
        }

        if (await AuthorizeAsync(http, conversationId, tokens, store, t) is { } problem)
        {
            await problem.ExecuteAsync(http);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversationId, ParseWatermark(watermark), http.RequestAborted);
    }

    internal static async Task<ProblemHttpResult?> AuthorizeAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversationStore store, string? queryToken = null)
    {
        var claims = tokens.Validate(queryToken ?? Bearer(http));
        if (claims is null)
        {
            return Problems.Unauthorized("The token is missing, wrong or expired.");
        }

        if (!string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return Problems.Forbidden("This token belongs to another conversation.");
        }

        return await store.ExistsAsync(conversationId) ? null : Problems.NotFound("The conversation does not exist or has expired.");
    }

    private static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    // Direct Line watermarks are opaque strings; ours count activities. Anything else starts from the beginning.
    private static int ParseWatermark(string? watermark) =>
        int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string StreamUrl(HttpContext http, string conversationId, string token, string? watermark)
    {
        var scheme = http.Request.IsHttps ? "wss" : "ws";
        var query = $"t={Uri.EscapeDataString(token)}" + (watermark is null ? "" : $"&watermark={Uri.EscapeDataString(watermark)}");
        return $"{scheme}://{http.Request.Host}{http.Request.PathBase}/v3/directline/conversations/{conversationId}/stream?{query}";
    }

    internal sealed record ConversationInfo(
        string ConversationId,
        string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        string? StreamUrl)
    {
        public static ConversationInfo From(string token, TokenClaims claims, DirectLineTokens tokens, string? streamUrl = null) =>
            new(claims.ConversationId, token, tokens.SecondsLeft(claims), streamUrl);
    }

    internal sealed record ResourceId(string Id);
}
