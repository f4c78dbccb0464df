using Microsoft.AspNetCore.Http.HttpResults;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>
/// The website's own token address: the browser never sees the Direct Line secret, and each client
/// address may ask only a few times a minute.
/// </summary>
internal static class WebsiteTokenEndpoint
{
    public static RouteHandlerBuilder MapWebsiteToken(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/webchat/token", Issue)
            .RequireRateLimiting(DirectLineSetup.TokenRateLimit)
            .RequireCors(DirectLineSetup.CorsPolicy)
            .WithTags("Web Chat");

    private static Ok<DirectLineEndpoints.ConversationInfo> Issue(DirectLineTokens tokens)
    {
        var (token, claims) = tokens.IssueForNewConversation();
        return TypedResults.Ok(DirectLineEndpoints.ConversationInfo.From(token, claims, tokens));
    }
}
