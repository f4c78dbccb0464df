using System.Security.Cryptography;
using System.Text;

namespace Senate.ChatBot.Features.Complaints.Notifications;

/// <summary>
/// A message about a complaint waiting to reach someone: the desk inbox of a staff member, a LINE
/// push, or a Web Chat conversation. Stored in the same transaction as the event that caused it,
/// with an id made from the complaint, the event's version and the recipient, so it exists exactly
/// once; channels drain the undelivered ones (see <see cref="ComplaintNotifications"/>).
/// </summary>
public sealed record ComplaintNotification(
    string Id,
    Guid ComplaintId,
    string Reference,
    NotificationKind Kind,
    string RecipientId,
    string ChannelId,
    string Address,
    string Text,
    IReadOnlyList<NotificationButton> Buttons,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt = null)
{
    /// <summary>The desk's own inbox: staff see these when they open it.</summary>
    public const string DeskChannel = "desk";

    /// <summary>LINE pushes, to a complainant's or a staff member's LINE user id.</summary>
    public const string LineChannel = "line";

    /// <summary>A stable UUID for this notification, used as LINE's X-Line-Retry-Key so a retried push is delivered once.</summary>
    public Guid RetryKey => new(SHA256.HashData(Encoding.UTF8.GetBytes(Id)).AsSpan(0, 16));

    public static string IdFor(Guid complaintId, long version, string recipientId, string channelId) =>
        $"{complaintId:N}/{version}/{channelId}/{recipientId}";
}

/// <summary>A button under the message; tapping it sends <see cref="Text"/> as the person's own message.</summary>
public sealed record NotificationButton(string Title, string Text);

public enum NotificationKind
{
    Reply,
    InformationRequest,
    FeedbackRequest,
    Assigned,
    DueSoon,
    Overdue,
    Escalated,
}
