using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Senate.ChatBot.Host.Hosting;

internal static class PerClientRateLimit
{
    /// <summary>
    /// A policy that lets each client address make a number of requests a minute (token and sign-in
    /// addresses people or scripts could hammer); the rest get 429 ProblemDetails.
    /// </summary>
    public static RateLimiterOptions AddPerClientPolicy(this RateLimiterOptions limiter, string policy, Func<HttpContext, int> permitsPerMinute)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        return limiter.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute(http), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }
}
