namespace Senate.ChatBot.Host.Desk;

/// <summary>
/// Response headers for every desk page. The pages use only their own scripts and styles, so a
/// strict Content-Security-Policy stops any markup that slipped into complaint text from running;
/// case data is personal, so browsers and proxies keep no copy.
/// </summary>
internal static class DeskHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseDeskHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/desk", StringComparison.OrdinalIgnoreCase))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers.CacheControl = "no-store";
            }

            await next(context);
        });
}
