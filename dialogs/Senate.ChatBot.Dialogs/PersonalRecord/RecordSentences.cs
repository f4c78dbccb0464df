using System.Globalization;
using Senate.ChatBot.Dialogs.Meetings;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Dialogs.PersonalRecord;

/// <summary>A personal record as short plain sentences and numbered lists: no tables, no symbols to read aloud.</summary>
public static class RecordSentences
{
    private static readonly CultureInfo Numbers = CultureInfo.GetCultureInfo("th-TH");

    public static string Profile(MemberRecord member, bool english) => english
        ? $"Record of {member.EnglishName}, member number {member.Id}."
        : $"ข้อมูลของ{member.ThaiName} สมาชิกวุฒิสภาหมายเลข {member.Id}";

    public static string Committees(MemberRecord member, IReadOnlyList<Committee> bodies, bool english)
    {
        if (member.Seats.Count == 0)
        {
            return english ? "You hold no committee seat." : "ท่านยังไม่มีตำแหน่งในคณะกรรมาธิการค่ะ";
        }

        var lines = member.Seats.Select((seat, i) =>
        {
            var body = bodies.FirstOrDefault(b => b.Id == seat.CommitteeId)?.Name(english) ?? seat.CommitteeId;
            return english
                ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {Role(seat.Role, true)} of the {body}")
                : string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {Role(seat.Role, false)}{body}");
        });
        return (english ? "Committee seats:\n" : "ตำแหน่งในคณะกรรมาธิการ\n") + string.Join('\n', lines);
    }

    public static string Attendance(MemberRecord member, bool english)
    {
        var total = member.Attendance.Count;
        int Count(AttendanceMark mark) => member.Attendance.Count(a => a.Mark == mark);
        return total == 0
            ? (english ? "No attendance has been recorded yet." : "ยังไม่มีบันทึกการเข้าประชุมค่ะ")
            : english
                ? $"Attendance: of {total} meetings held you attended {Count(AttendanceMark.Present)}, were on leave for {Count(AttendanceMark.OnLeave)} and absent from {Count(AttendanceMark.Absent)}."
                : $"การเข้าประชุม จากการประชุมที่จัดไปแล้ว {total} ครั้ง ท่านเข้าประชุม {Count(AttendanceMark.Present)} ครั้ง ลา {Count(AttendanceMark.OnLeave)} ครั้ง และขาด {Count(AttendanceMark.Absent)} ครั้ง";
    }

    public static string Upcoming(IReadOnlyList<Meeting> meetings, bool english) =>
        meetings.Count == 0
            ? (english ? "You have no meetings in the coming week." : "ในสัปดาห์ข้างหน้าท่านไม่มีนัดประชุมค่ะ")
            : (english ? "Your meetings in the coming week:\n" : "นัดประชุมของท่านในสัปดาห์ข้างหน้า\n") + MeetingLines.List(meetings, english, withDay: true);

    public static string Allowances(MemberRecord member, bool english)
    {
        if (member.Allowances.Count == 0)
        {
            return english ? "There is no allowance record yet." : "ยังไม่มีข้อมูลเบี้ยประชุมค่ะ";
        }

        var lines = member.Allowances.OrderByDescending(a => a.Month, StringComparer.Ordinal).Select((a, i) =>
        {
            var month = ThaiDates.Month(DateOnly.ParseExact(a.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), english);
            var amount = a.Amount.ToString("N0", Numbers);
            var status = (a.Status, english) switch
            {
                (PaymentStatus.Paid, false) => $"จ่ายแล้ว{(a.PaidOn is { } paid ? " เมื่อ" + ThaiDates.Day(paid) : "")}",
                (PaymentStatus.Paid, true) => $"paid{(a.PaidOn is { } paid ? " on " + ThaiDates.Day(paid, true) : "")}",
                (PaymentStatus.Approved, false) => "อนุมัติแล้ว รอโอนเงิน",
                (PaymentStatus.Approved, true) => "approved, waiting for transfer",
                (_, false) => "อยู่ระหว่างตรวจสอบ",
                _ => "being checked",
            };
            return english
                ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {month}: {amount} baht, {status}.")
                : string.Create(CultureInfo.InvariantCulture, $"{i + 1}. เดือน{month} จำนวน {amount} บาท {status}");
        });
        return (english ? "Meeting allowances:\n" : "เบี้ยประชุม\n") + string.Join('\n', lines);
    }

    public static string Requests(MemberRecord member, bool english) =>
        member.DocumentRequests.Count == 0
            ? (english ? "You have no open document requests." : "ท่านไม่มีคำขอเอกสารที่ค้างอยู่ค่ะ")
            : (english ? "Document requests:\n" : "คำขอเอกสาร\n") + string.Join('\n', member.DocumentRequests.Select((r, i) =>
                english
                    ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {r.Title}, asked on {ThaiDates.Day(r.RequestedOn, true)}: {Status(r.Status, true)}.")
                    : string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {r.Title} ขอเมื่อ{ThaiDates.Day(r.RequestedOn)} สถานะ {Status(r.Status, false)}")));

    private static string Role(SeatRole role, bool english) => (role, english) switch
    {
        (SeatRole.Chair, false) => "ประธาน",
        (SeatRole.ViceChair, false) => "รองประธาน",
        (SeatRole.Secretary, false) => "เลขานุการ",
        (SeatRole.Spokesperson, false) => "โฆษก",
        (_, false) => "กรรมาธิการใน",
        (SeatRole.ViceChair, true) => "Vice-chair",
        (SeatRole.Spokesperson, true) => "Spokesperson",
        _ => role.ToString(),
    };

    private static string Status(RequestStatus status, bool english) => (status, english) switch
    {
        (RequestStatus.Received, false) => "รับเรื่องแล้ว",
        (RequestStatus.InProgress, false) => "กำลังจัดทำ",
        (RequestStatus.Ready, false) => "พร้อมรับเอกสาร",
        (RequestStatus.Delivered, false) => "ส่งมอบแล้ว",
        (RequestStatus.InProgress, true) => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}
