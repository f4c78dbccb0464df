namespace Senate.ChatBot.Features.Meetings.Notices;

public enum NoticeKind
{
    Invitation,
    Rescheduled,
    RoomChanged,
    Postponed,
    Cancelled,
    Reminder,
}

/// <summary>
/// A message owed to one invited member about one meeting, kept until the LINE side has handed it to
/// its outbox. The id is derived from what it announces, so planning the same change twice (a
/// re-import) finds the notice already there instead of sending it again.
/// </summary>
public sealed record MeetingNotice
{
    public required string Id { get; init; }

    public required string MeetingId { get; init; }

    public required string MemberNumber { get; init; }

    public required NoticeKind Kind { get; init; }

    /// <summary>The whole message in Thai, as the member will read or hear it.</summary>
    public required string Text { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Not before this instant (reminders wait for 08:00 the day before; the rest are due at once).</summary>
    public required DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }
}
