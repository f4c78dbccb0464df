using System.Globalization;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// Complaints as the desk would hold them after a few weeks: every channel and category, received over
/// the last business days (some overdue, some due soon), a third assigned, older ones resolved, overdue
/// ones escalated by the clock. Anonymous and without a reply address, so nothing is ever sent to anyone.
/// The demo files a handful; the desk benchmark files ten thousand.
/// </summary>
public static class DemoComplaints
{
    /// <summary>The oldest complaint the demo and the benchmark file, in office time: twelve business days.</summary>
    public static readonly TimeSpan OldestAge = 12 * BusinessCalendar.OfficeDay;

    private static readonly (string Subject, ComplaintCategory Category, string Text)[] Samples =
    [
        ("premises", ComplaintCategory.Complaint, "ลิฟต์ฝั่งอาคารรัฐสภาชั้น 2 ค้างบ่อย ผู้สูงอายุต้องรอนาน"),
        ("services", ComplaintCategory.Complaint, "โทรติดต่อสำนักงานหลายครั้งแต่ไม่มีผู้รับสาย"),
        ("online", ComplaintCategory.Suggestion, "อยากให้เว็บไซต์มีปฏิทินการประชุมที่ดาวน์โหลดลงโทรศัพท์ได้"),
        ("meetings", ComplaintCategory.Petition, "ขอให้ถ่ายทอดสดการประชุมกรรมาธิการพร้อมล่ามภาษามือ"),
        ("premises", ComplaintCategory.Complaint, "ที่จอดรถผู้พิการหน้าประตู 2 ถูกจอดขวางเป็นประจำ"),
        ("senators", ComplaintCategory.Petition, "ขอให้สมาชิกวุฒิสภาลงพื้นที่รับฟังปัญหาน้ำท่วมในอำเภอ"),
        ("services", ComplaintCategory.Compliment, "เจ้าหน้าที่ประชาสัมพันธ์ให้ข้อมูลดีมาก ขอชมเชย"),
        ("online", ComplaintCategory.Complaint, "ลิงก์เอกสารรายงานการประชุมบนเว็บไซต์เปิดไม่ได้"),
        ("other", ComplaintCategory.CorruptionTip, "พบการเรียกรับเงินเพื่อพาเข้าชมรัฐสภา"),
        ("meetings", ComplaintCategory.Suggestion, "ควรประกาศวาระการประชุมล่วงหน้าอย่างน้อยหนึ่งสัปดาห์"),
        ("premises", ComplaintCategory.Complaint, "ป้ายบอกทางในอาคารอ่านยาก ตัวอักษรเล็กเกินไป"),
        ("services", ComplaintCategory.Petition, "ขอสำเนาบันทึกการประชุมเพื่อใช้ประกอบงานวิจัย"),
    ];

    /// <summary>
    /// The events of complaint <paramref name="index"/>, received <paramref name="age"/> of office time
    /// before <paramref name="now"/>; the stream id comes from the index, so filing again finds it.
    /// </summary>
    public static (Guid Id, IReadOnlyList<object> Events) Complaint(int index, TimeSpan age, BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var sample = Samples[index % Samples.Length];
        var channels = Enum.GetValues<ComplaintChannel>();
        var received = calendar.SubtractBusinessTime(now, age);
        var due = calendar.DueAt(received, ResponseClock.AnswerDays);
        var officer = Actor.Officer("demo.officer", "เจ้าหน้าที่ตัวอย่าง");
        var events = new List<object>
        {
            new ComplaintSubmitted(
                ComplaintReference.Format(2569, index + 1, "D" + (index % 1296).ToString("x3", CultureInfo.InvariantCulture).ToUpperInvariant()),
                channels[index % channels.Length], sample.Category, sample.Subject, sample.Text,
                [], null, null, Anonymous: true, channels[index % channels.Length].IsChat() ? new Consent("demo", received) : null,
                received, due, Actor.Citizen, received),
        };
        if (index % 3 == 0)
        {
            events.Add(new ComplaintAssigned(officer.Id, officer.Name, "ศูนย์รับเรื่องร้องเรียน", Actor.Supervisor("demo.supervisor", "หัวหน้างานตัวอย่าง"), received));
        }

        // Answered in time long ago, or still overdue now: the desk sees both.
        if (calendar.BusinessTimeBetween(due, now) > 3 * BusinessCalendar.OfficeDay)
        {
            events.Add(new ComplaintReplied("สำนักงานได้ดำเนินการตามที่แจ้งแล้ว ขอบคุณที่แจ้งเรื่องค่ะ", officer, due.AddHours(-2)));
            events.Add(new ComplaintResolved(ComplaintOutcome.Answered, null, officer, due.AddHours(-1)));
        }
        else if (due <= now)
        {
            events.Add(new ComplaintDeadlineWarned(Deadline.Answer, WarningLevel.Overdue, due, Actor.Clock, due));
            events.Add(new ComplaintEscalated("เกินกำหนดตอบ", Actor.Clock, due));
        }

        return (ComplaintRegister.StreamIdFor($"demo/complaint/{index}"), events);
    }
}
