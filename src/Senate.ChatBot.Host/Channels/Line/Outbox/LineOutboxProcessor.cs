using Microsoft.Extensions.Options;
using Polly.Timeout;
using Senate.ChatBot.Host.Channels.Line.Api;

namespace Senate.ChatBot.Host.Channels.Line.Outbox;

/// <summary>
/// Sends queued pushes until LINE takes them. A 409 means an earlier try with the same retry key
/// got through. 429, 5xx and network failures are tried again with growing pauses for as long as
/// LINE honours the retry key (a day); any other refusal is final and logged.
/// </summary>
internal sealed class LineOutboxProcessor(
    LineOutbox outbox,
    LineMessagingClient client,
    IOptions<LineOptions> options,
    TimeProvider time,
    ILogger<LineOutboxProcessor> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private const int MaxAttempts = 200;
    private static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await outbox.ClaimAsync(BatchSize, settings.Lease, stoppingToken);
                foreach (var push in claimed)
                {
                    await SendAsync(push, stoppingToken);
                }

                if (claimed.Count < BatchSize)
                {
                    await outbox.WaitForWorkAsync(TimeSpan.FromMilliseconds(settings.PollMilliseconds), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LineLog.InboxUnavailable(logger, e.GetType().Name, e);
                await Task.Delay(TimeSpan.FromMilliseconds(settings.PollMilliseconds), time, stoppingToken)
                    .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task SendAsync(PendingPush push, CancellationToken cancellationToken)
    {
        try
        {
            await client.PushAsync(push.To, push.Messages, push.RetryKey, cancellationToken);
            await outbox.FinishAsync(push.RetryKey, failed: false, retryAt: null, CancellationToken.None);
        }
        catch (Exception e) when (e is LineApiException or HttpRequestException or TimeoutRejectedException)
        {
            var status = (e as LineApiException)?.Status ?? 0;
            var transient = e is not LineApiException { IsTransient: false };
            var giveUp = !transient || push.Attempts >= MaxAttempts;
            LineLog.OutboxPushFailed(logger, push.Attempts, status, giveUp);
            var pause = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, push.Attempts), MaxPause.TotalSeconds));
            await outbox.FinishAsync(push.RetryKey, failed: giveUp, retryAt: giveUp ? null : time.GetUtcNow() + pause, CancellationToken.None);
        }
    }
}
