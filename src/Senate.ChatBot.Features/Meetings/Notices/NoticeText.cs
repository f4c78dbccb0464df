namespace Senate.ChatBot.Features.Meetings.Notices;

/// <summary>The Thai wording of each notice: one plain paragraph that reads well aloud.</summary>
internal static class NoticeText
{
    public static string For(NoticeKind kind, Meeting meeting)
    {
        var what = $"{meeting.Title} ของ{meeting.BodyThai}";
        var when = $"{ThaiDates.DayAndTime(meeting.Start)} ถึง {ThaiDates.Time(meeting.End)}";
        var where = string.IsNullOrWhiteSpace(meeting.Room) ? "" : $" ณ {meeting.Room}";
        return kind switch
        {
            NoticeKind.Invitation => $"หนังสือเชิญประชุม: {what} {when}{where}",
            NoticeKind.Rescheduled => $"แจ้งเปลี่ยนเวลาประชุม: {what} เปลี่ยนเป็น{when}{where}",
            NoticeKind.RoomChanged => $"แจ้งเปลี่ยนห้องประชุม: {what} {when} ย้ายไปที่ {meeting.Room}",
            NoticeKind.Postponed => $"แจ้งเลื่อนการประชุม: {what} ซึ่งกำหนดไว้{when} เลื่อนออกไปก่อน จะแจ้งวันใหม่อีกครั้ง",
            NoticeKind.Cancelled => $"แจ้งงดประชุม: {what} ซึ่งกำหนดไว้{when} งดการประชุม",
            NoticeKind.Reminder => $"เตือนความจำ: พรุ่งนี้มีประชุม {what} {when}{where}",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
