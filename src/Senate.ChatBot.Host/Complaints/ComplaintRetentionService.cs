using Senate.ChatBot.Features.Complaints.Retention;

namespace Senate.ChatBot.Host.Complaints;

/// <summary>
/// Runs the retention job (and the removal of files never filed with a complaint) at start and then once a day. Two hosts may both run it: each erasure is
/// a version-checked append that is decided again on the current stream, so a complaint is erased once.
/// </summary>
internal sealed class ComplaintRetentionService(
    ComplaintRetention retention, UnfiledAttachments unfiled, TimeProvider time, ILogger<ComplaintRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Daily = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await retention.RunAsync(stoppingToken) is > 0 and var erased)
                {
                    ComplaintsLog.Anonymised(logger, erased);
                }

                if (await unfiled.DeleteAsync(stoppingToken) is > 0 and var deleted)
                {
                    ComplaintsLog.UnfiledAttachmentsDeleted(logger, deleted);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                ComplaintsLog.RetentionFailed(logger, e.GetType().Name, e);
            }

            await Task.Delay(Daily, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
