using Senate.ChatBot.Features.Meetings.Notices;

namespace Senate.ChatBot.Host.Meetings;

/// <summary>
/// Once a minute, hands the meeting notices that are due (invitations and changes at once, reminders
/// from 08:00 the day before) to LINE. A failed round is logged and tried again the next minute.
/// </summary>
internal sealed partial class MeetingNoticeDispatcher(
    MeetingNotices notices, LineMeetingNotifier notifier, TimeProvider time, ILogger<MeetingNoticeDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan Pause = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                for (var taken = BatchSize; taken > 0;)
                {
                    taken = await notices.DispatchDueAsync(notifier, BatchSize, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RoundFailed(logger, e.GetType().Name, e);
            }

            await Task.Delay(Pause, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Meeting notices could not be handed to LINE this round ({Error}); trying again in a minute")]
    private static partial void RoundFailed(ILogger logger, string error, Exception exception);
}
