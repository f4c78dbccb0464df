using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using StackExchange.Redis;

namespace Senate.ChatBot.Host.Hosting;

/// <summary>
/// PostgreSQL or Redis not answering is an outage, not a bug in the request: the caller gets 503
/// ProblemDetails with Retry-After instead of a 500, so LINE redelivers the webhook later and Web Chat
/// tries again. Nothing was half-stored: the inbox insert is one statement.
/// </summary>
internal sealed partial class StoreUnavailableHandler(IProblemDetailsService problems, ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsOutage(exception))
        {
            return false;
        }

        LogUnavailable(logger, exception.GetType().Name);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service unavailable",
                Detail = "A data store is briefly unavailable. Nothing was stored; please try again shortly.",
            },
        });
    }

    // Marten and our own code may wrap the driver's exception, so the whole chain is looked at.
    private static bool IsOutage(Exception? exception) => exception switch
    {
        null => false,
        NpgsqlException { IsTransient: true } or RedisConnectionException or RedisTimeoutException => true,
        _ => IsOutage(exception.InnerException),
    };

    [LoggerMessage(EventId = 1100, EventName = "StoreUnavailable", Level = LogLevel.Warning, Message = "A request failed because a data store is unavailable ({ExceptionType}); answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exceptionType);
}
