using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Complaints.Notifications;

/// <summary>
/// Who hears about which event, and what they are told. Citizens hear replies, questions and the
/// request to rate; staff hear assignments, warnings and escalations. Staff messages name the
/// reference and subject area only, never what the complainant wrote or who they are.
/// </summary>
public static class ComplaintNotices
{
    /// <summary>The recipient id of every message to the complainant, whose address is personal data.</summary>
    public const string Citizen = "citizen";

    public static IEnumerable<ComplaintNotification> For(
        Complaint complaint, long version, IComplaintEvent change, IReadOnlyList<DeskStaffMember> staff) => change switch
    {
        ComplaintReplied e => ToCitizen(complaint, version, NotificationKind.Reply, e.At,
            ReplyMessage(complaint.Reference, e.Text, english: false), ReplyMessage(complaint.Reference, e.Text, english: true)),
        ComplaintInformationRequested e => ToCitizen(complaint, version, NotificationKind.InformationRequest, e.At,
            $"สำนักงานฯ ขอข้อมูลเพิ่มเติมเรื่อง {complaint.Reference}\n{e.Question}\nตอบได้โดยแตะ \"ติดตามเรื่อง\" ด้านล่าง แล้วพิมพ์ข้อมูล ระหว่างรอคำตอบ ระบบหยุดนับเวลาไว้",
            $"We need more information about {complaint.Reference}\n{e.Question}\nTo answer, tap \"Track\" below and type the information. The clock is stopped until you answer."),
        ComplaintResolved e => ToCitizen(complaint, version, NotificationKind.FeedbackRequest, e.At,
            $"เรื่อง {complaint.Reference} ดำเนินการเสร็จแล้ว ขอบคุณที่แจ้งเรื่องค่ะ ช่วยให้คะแนนการดูแลเรื่องนี้ 1 ถึง 5 ได้โดยแตะ \"ติดตามเรื่อง\" ด้านล่าง",
            $"{complaint.Reference} has been resolved. Thank you for telling us. Please rate how it was handled, 1 to 5: tap \"Track\" below."),
        ComplaintAssigned e => ToStaff(complaint, version, NotificationKind.Assigned, e.At, staff.Where(s => s.Id == e.OfficerId),
            $"ได้รับมอบหมายเรื่อง {complaint.Reference} ({ComplaintSubjects.Name(complaint.Subject)}) ครบกำหนดตอบ {ThaiDates.DayAndTime(complaint.DueAt)}"),
        ComplaintDeadlineWarned e => ToStaff(complaint, version, e.Level == WarningLevel.Overdue ? NotificationKind.Overdue : NotificationKind.DueSoon, e.At,
            staff.Where(s => s.IsSupervisor || s.Id == complaint.OfficerId), Warning(complaint, e)),
        ComplaintEscalated e => ToStaff(complaint, version, NotificationKind.Escalated, e.At, staff.Where(s => s.IsSupervisor),
            $"เรื่อง {complaint.Reference} ({ComplaintSubjects.Name(complaint.Subject)}) ถูกส่งถึงหัวหน้างาน: {e.Reason}"),
        _ => [],
    };

    /// <summary>A public reply as the complainant reads it in the chat; the desk previews exactly this.</summary>
    public static string ReplyMessage(string reference, string text, bool english) =>
        english ? $"Reply about {reference}\n{text}" : $"คำตอบเรื่อง {reference}\n{text}";

    /// <summary>The button under every message to the complainant.</summary>
    public static NotificationButton TrackButton(string reference, bool english) =>
        english ? new NotificationButton("Track", $"track {reference}") : new NotificationButton("ติดตามเรื่อง", $"ติดตามเรื่อง {reference}");

    private static string Warning(Complaint complaint, ComplaintDeadlineWarned e)
    {
        var what = e.Deadline == Deadline.Answer ? "กำหนดตอบ" : "กำหนดรายงานผลคณะทำงาน";
        var when = ThaiDates.DayAndTime(e.DueAt);
        return e.Level == WarningLevel.Overdue
            ? $"เกิน{what}แล้ว: เรื่อง {complaint.Reference} ({ComplaintSubjects.Name(complaint.Subject)}) ครบกำหนด{when}"
            : $"ใกล้ครบ{what}: เรื่อง {complaint.Reference} ({ComplaintSubjects.Name(complaint.Subject)}) ครบกำหนด{when} เหลือไม่ถึง 1 วันทำการ";
    }

    private static IEnumerable<ComplaintNotification> ToCitizen(
        Complaint complaint, long version, NotificationKind kind, DateTimeOffset at, string thai, string english)
    {
        // Anonymous and desk-recorded complaints have no address: the bot never writes to them.
        if (complaint.ReplyTo is not { } to)
        {
            yield break;
        }

        var address = to.ChannelId == ComplaintNotification.LineChannel ? to.UserId : to.ConversationId;
        var track = TrackButton(complaint.Reference, to.IsEnglish);
        yield return new ComplaintNotification(
            ComplaintNotification.IdFor(complaint.Id, version, Citizen, to.ChannelId),
            complaint.Id, complaint.Reference, kind, Citizen, to.ChannelId, address,
            to.IsEnglish ? english : thai, [track], at);
    }

    private static IEnumerable<ComplaintNotification> ToStaff(
        Complaint complaint, long version, NotificationKind kind, DateTimeOffset at, IEnumerable<DeskStaffMember> recipients, string text)
    {
        foreach (var member in recipients)
        {
            yield return new ComplaintNotification(ComplaintNotification.IdFor(complaint.Id, version, member.Id, ComplaintNotification.DeskChannel),
                complaint.Id, complaint.Reference, kind, member.Id, ComplaintNotification.DeskChannel, member.Id, text, [], at);
            if (member.LineUserId is { } lineUser)
            {
                yield return new ComplaintNotification(ComplaintNotification.IdFor(complaint.Id, version, member.Id, ComplaintNotification.LineChannel),
                    complaint.Id, complaint.Reference, kind, member.Id, ComplaintNotification.LineChannel, lineUser, text, [], at);
            }
        }
    }
}
