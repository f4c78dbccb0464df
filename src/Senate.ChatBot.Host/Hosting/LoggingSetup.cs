namespace Senate.ChatBot.Host.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// One line per event for people in development, JSON for log collectors elsewhere.
    /// Request paths are not logged (Microsoft.AspNetCore stays at Warning) because they can carry conversation ids.
    /// </summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        return builder;
    }
}
