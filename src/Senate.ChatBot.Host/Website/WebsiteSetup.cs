namespace Senate.ChatBot.Host.Website;

internal static class WebsiteSetup
{
    /// <summary>The demo page of the Senate website that carries the chat widget.</summary>
    public static WebApplication MapWebsite(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
