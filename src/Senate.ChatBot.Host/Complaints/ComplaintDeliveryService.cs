using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Notifications;
using Senate.ChatBot.Host.Channels.DirectLine;
using Senate.ChatBot.Host.Channels.Line.Messages;
using Senate.ChatBot.Host.Channels.Line.Outbox;

namespace Senate.ChatBot.Host.Complaints;

/// <summary>
/// Hands complaint notifications to the channels as soon as they are stored on this host (and
/// every half minute for those another host stored). LINE: into the push outbox under the
/// notification's retry key, so a second hand-over or a retried push after a LINE error still
/// reaches the person once. Web Chat: appended to the complaint's conversation when it still
/// exists, so the person sees it on their next visit; otherwise the status lookup shows it.
/// </summary>
internal sealed class ComplaintDeliveryService(
    ComplaintNotifications notifications,
    ComplaintChanges changes,
    LineOutbox outbox,
    DirectLineConversationStore conversations,
    TimeProvider time,
    ILogger<ComplaintDeliveryService> logger) : BackgroundService
{
    private const int Batch = 50;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = changes.Next;
            try
            {
                await DeliverAsync(ComplaintNotification.LineChannel, ToLineAsync, stoppingToken);
                await DeliverAsync(DirectLineChannel.Id, ToWebChatAsync, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                ComplaintsLog.DeliveryFailed(logger, e.GetType().Name, e);
            }

            await Task.WhenAny(Task.Delay(Idle, time, stoppingToken), changed);
        }
    }

    private async Task DeliverAsync(string channelId, Func<ComplaintNotification, CancellationToken, Task> deliver, CancellationToken cancellationToken)
    {
        IReadOnlyList<ComplaintNotification> pending;
        do
        {
            pending = await notifications.PendingAsync(channelId, Batch, cancellationToken);
            foreach (var notification in pending)
            {
                await deliver(notification, cancellationToken);
            }

            await notifications.MarkDeliveredAsync(pending.Select(n => n.Id), cancellationToken);
            if (pending.Count > 0)
            {
                ComplaintsLog.NotificationsDelivered(logger, pending.Count, channelId);
            }
        }
        while (pending.Count == Batch);
    }

    private Task ToLineAsync(ComplaintNotification notification, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(notification.Address, LineMessageBuilder.Build([Message(notification)]), notification.RetryKey, cancellationToken);

    private async Task ToWebChatAsync(ComplaintNotification notification, CancellationToken cancellationToken)
    {
        if (await notifications.ClaimAsync(notification.Id, cancellationToken) && await conversations.ExistsAsync(notification.Address))
        {
            var message = Message(notification);
            message.From = DirectLineAdapter.Bot;
            await conversations.AppendAsync(notification.Address, message);
        }
    }

    private static Activity Message(ComplaintNotification notification)
    {
        var message = MessageFactory.Text(notification.Text);
        if (notification.Buttons.Count > 0)
        {
            message.SuggestedActions = new SuggestedActions([.. notification.Buttons.Select(b => new CardAction(ActionTypes.ImBack, b.Title, b.Text))]);
        }

        return message;
    }
}
