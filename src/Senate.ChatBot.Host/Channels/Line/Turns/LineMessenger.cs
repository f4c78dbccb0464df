using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using Senate.ChatBot.Host.Channels.Line.Api;
using Senate.ChatBot.Host.Channels.Line.Messages;
using Senate.ChatBot.Host.Channels.Line.Outbox;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>
/// Delivers a turn's messages in requests of at most five: the first with the reply token while it
/// is fresh, the rest (and everything when the token is used up, expired or the turn took too long)
/// by push. A push LINE cannot take now goes to the durable outbox under the same retry key.
/// </summary>
internal sealed class LineMessenger(
    LineMessagingClient client,
    LineOutbox outbox,
    IOptions<LineOptions> options,
    TimeProvider time,
    ILogger<LineMessenger> logger)
{
    public async Task DeliverAsync(LineTurn turn, IReadOnlyList<JsonNode> messages, CancellationToken cancellationToken)
    {
        var batches = messages.Chunk(LineLimits.MessagesPerRequest).ToList();
        var next = 0;
        if (batches.Count > 0 && turn.ReplyToken is { } token && await TryReplyAsync(turn, token, batches[0], cancellationToken))
        {
            next = 1;
        }

        var queued = false;
        for (; next < batches.Count; next++)
        {
            // Once one push waits in the outbox, the ones after it wait too, so the person reads them in order.
            queued = queued
                ? await QueueAsync(turn.ChatId, batches[next], turn.RetryKey(next), cancellationToken)
                : !await TryPushAsync(turn.ChatId, batches[next], turn.RetryKey(next), cancellationToken);
        }
    }

    private async Task<bool> TryReplyAsync(LineTurn turn, string token, IReadOnlyList<JsonNode> batch, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - turn.EventTime > options.Value.ReplyTokenSafeAge)
        {
            LineLog.ReplyFellBackToPush(logger, "the turn outlived the reply token");
            return false;
        }

        try
        {
            if (await client.ReplyAsync(token, batch, cancellationToken))
            {
                return true;
            }

            // Within its lifetime only our own earlier try of this event can have used the token: the
            // host died after LINE took that reply, so pushing it again would answer the person twice.
            if (turn.IsRetry)
            {
                LineLog.ReplyAlreadySent(logger);
                return true;
            }

            LineLog.ReplyFellBackToPush(logger, "the reply token was used or expired");
        }
        catch (Exception e) when (IsTransient(e))
        {
            LineLog.ReplyFellBackToPush(logger, "LINE did not take the reply");
        }

        return false;
    }

    /// <summary>True when LINE took the push now; false when it went to the outbox.</summary>
    private async Task<bool> TryPushAsync(string to, IReadOnlyList<JsonNode> batch, Guid retryKey, CancellationToken cancellationToken)
    {
        try
        {
            await client.PushAsync(to, batch, retryKey, cancellationToken);
            return true;
        }
        catch (Exception e) when (IsTransient(e))
        {
            LineLog.PushQueued(logger, e.GetType().Name);
            // The same key: if LINE did accept the last try after all, the outbox's try gets a 409.
            return !await QueueAsync(to, batch, retryKey, cancellationToken);
        }
    }

    private async Task<bool> QueueAsync(string to, IReadOnlyList<JsonNode> batch, Guid retryKey, CancellationToken cancellationToken)
    {
        await outbox.EnqueueAsync(to, batch, retryKey, cancellationToken);
        return true;
    }

    private static bool IsTransient(Exception e) =>
        e is LineApiException { IsTransient: true } or HttpRequestException or TimeoutRejectedException;
}
