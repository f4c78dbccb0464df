namespace Senate.ChatBot.Features.Meetings.Notices;

/// <summary>
/// What members must be told when a meeting is saved: a new meeting is an invitation; a cancelled or
/// postponed one, a new time or a new room is a change. Titles, agendas and documents are not pushed.
/// </summary>
public static class MeetingChange
{
    public static NoticeKind? Detect(Meeting? before, Meeting after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before is null)
        {
            return after.Status is MeetingStatus.Scheduled ? NoticeKind.Invitation : null;
        }

        if (before.Status != after.Status)
        {
            return after.Status switch
            {
                MeetingStatus.Cancelled => NoticeKind.Cancelled,
                MeetingStatus.Postponed => NoticeKind.Postponed,
                MeetingStatus.Scheduled => NoticeKind.Rescheduled,
                _ => null,
            };
        }

        if (after.Status != MeetingStatus.Scheduled)
        {
            return null;
        }

        if (before.Start != after.Start || before.End != after.End)
        {
            return NoticeKind.Rescheduled;
        }

        return string.Equals(before.Room, after.Room, StringComparison.Ordinal) ? null : NoticeKind.RoomChanged;
    }

    /// <summary>08:00 Bangkok time on the day before the meeting.</summary>
    public static DateTimeOffset ReminderTime(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return BangkokTime.At(BangkokTime.DateOf(meeting.Start).AddDays(-1), new TimeOnly(8, 0));
    }
}
