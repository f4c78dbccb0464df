namespace Senate.ChatBot.FakeLine;

/// <summary>
/// LINE's account-link page: the member's browser arrives with the link token and our nonce; LINE
/// then tells the bot by an accountLink event (result ok, or failed for a bad or used link token).
/// </summary>
internal static class FakeAccountLinkPage
{
    public const string Path = "/dialog/bot/accountLink";

    public static void MapFakeAccountLinkPage(this WebApplication app, FakeLinePlatform fake) =>
        app.MapGet(Path, async (string? linkToken, string? nonce) =>
        {
            var userId = linkToken is null ? null : fake.State.UseLinkToken(linkToken, fake.Time.GetUtcNow(), fake.Options.LinkTokenLifetime);
            if (userId is null || string.IsNullOrEmpty(nonce))
            {
                return Results.Content("<!doctype html><html lang=\"en\"><title>LINE</title><p>This link has expired.</p></html>", "text/html", statusCode: 400);
            }

            var source = LineEvents.UserSource(userId);
            using var response = await fake.SendAsync(LineEvents.AccountLink(source, "ok", nonce, fake.NewReplyToken(userId), fake.Time.GetUtcNow()));
            return Results.Content("<!doctype html><html lang=\"en\"><title>LINE</title><p>Your accounts are linked. Return to LINE.</p></html>", "text/html");
        });
}
