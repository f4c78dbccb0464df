using Microsoft.Extensions.Options;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Clock;

namespace Senate.ChatBot.Host.Complaints;

/// <summary>
/// Runs the complaint clock at start (so a host that was down escalates what fell due meanwhile),
/// then sleeps until the next moment a deadline becomes due soon or overdue, computed from the
/// open complaints, or until complaints change on this host. It never sleeps longer than
/// Complaints:ClockMaxSleepMinutes, in case another host moved a deadline earlier. Exactly-once
/// comes from the clock's version-checked appends, not from this loop (see <see cref="ComplaintClock"/>).
/// </summary>
internal sealed class ComplaintClockService(
    ComplaintClock clock,
    ComplaintChanges changes,
    IOptions<ComplaintOptions> options,
    TimeProvider time,
    ILogger<ComplaintClockService> logger) : BackgroundService
{
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var longest = TimeSpan.FromMinutes(options.Value.ClockMaxSleepMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = changes.Next;
            var wake = time.GetUtcNow() + longest;
            try
            {
                var (raised, next) = await clock.RunAsync(stoppingToken);
                if (raised > 0)
                {
                    ComplaintsLog.WarningsRaised(logger, raised);
                }

                wake = next is { } due && due < wake ? due : wake;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                ComplaintsLog.ClockFailed(logger, e.GetType().Name, e);
                wake = time.GetUtcNow() + AfterFailure;
            }

            var sleep = wake - time.GetUtcNow();
            await Task.WhenAny(Task.Delay(sleep > TimeSpan.Zero ? sleep : TimeSpan.Zero, time, stoppingToken), changed);
        }
    }
}
