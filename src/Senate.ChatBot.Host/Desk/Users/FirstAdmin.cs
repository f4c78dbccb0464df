using Microsoft.Extensions.Options;

namespace Senate.ChatBot.Host.Desk.Users;

/// <summary>
/// Creates the first administrator from Desk__AdminUser / Desk__AdminPassword when the desk has none,
/// so there is never a default password; once an administrator exists the settings are ignored.
/// Also puts existing accounts on the complaint notifications' roster.
/// </summary>
internal sealed partial class FirstAdmin(DeskUsers users, IOptions<DeskOptions> options, ILogger<FirstAdmin> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await users.SyncRosterAsync(cancellationToken);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.AdminUser) || string.IsNullOrEmpty(settings.AdminPassword)
            || await users.AnyAdminAsync(cancellationToken))
        {
            return;
        }

        if (await users.CreateAsync(settings.AdminUser, settings.AdminUser, DeskRole.Admin, settings.AdminPassword, cancellationToken) is null)
        {
            LogRejected(logger, settings.MinPasswordLength);
            return;
        }

        LogCreated(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3001, EventName = "FirstAdminCreated", Level = LogLevel.Information, Message = "Created the first desk administrator from the environment")]
    private static partial void LogCreated(ILogger logger);

    [LoggerMessage(EventId = 3002, EventName = "FirstAdminRejected", Level = LogLevel.Warning, Message = "Desk__AdminPassword is shorter than {MinLength} characters; no administrator was created")]
    private static partial void LogRejected(ILogger logger, int minLength);
}
