using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using StackExchange.Redis;

namespace Senate.ChatBot.Host.Desk.Users;

/// <summary>
/// Keeps desk sign-ins in Redis; the cookie carries only a random key. Signing out deletes the
/// session, so a copied or stolen cookie stops working at once instead of living until it expires,
/// and every host sees the same sessions.
/// </summary>
internal sealed class DeskSessionStore(IConnectionMultiplexer redis, TimeProvider time) : ITicketStore
{
    private const string Prefix = "desk:session:";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var expires = ticket.Properties.ExpiresUtc ?? time.GetUtcNow().AddHours(1);
        var lifetime = expires - time.GetUtcNow();
        return lifetime <= TimeSpan.Zero
            ? RemoveAsync(key)
            : redis.GetDatabase().StringSetAsync(Prefix + key, TicketSerializer.Default.Serialize(ticket), lifetime);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var stored = await redis.GetDatabase().StringGetAsync(Prefix + key);
        return stored.IsNull ? null : TicketSerializer.Default.Deserialize((byte[])stored!);
    }

    public Task RemoveAsync(string key) => redis.GetDatabase().KeyDeleteAsync(Prefix + key);
}

/// <summary>
/// Checks each signed-in request against the user as stored now: a disabled account or a changed
/// role ends the session on the next request, not when the cookie expires.
/// </summary>
internal sealed class DeskCookieEvents(DeskUsers users) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var user = id is null ? null : await users.FindAsync(id, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled || !context.Principal!.IsInRole(user.Role.ToString()))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
