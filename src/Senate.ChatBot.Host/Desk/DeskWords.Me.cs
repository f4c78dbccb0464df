namespace Senate.ChatBot.Host.Desk;

internal static partial class DeskWords
{
    /// <summary>The user's own account page: desk notices on LINE.</summary>
    private static Dictionary<string, (string Thai, string English)> Me() => new(StringComparer.Ordinal)
    {
        ["me"] = ("บัญชีของฉัน", "My account"),
        ["lineNotices"] = ("การแจ้งเตือนทาง LINE", "Notices on LINE"),
        ["lineLinked"] = ("เชื่อมแล้ว: เรื่องที่ได้รับมอบหมาย ใกล้ครบกำหนด และส่งถึงหัวหน้างาน แจ้งทาง LINE ด้วย", "Linked: assignments, deadline warnings and escalations also reach your LINE"),
        ["lineNotLinked"] = ("ยังไม่เชื่อม (แจ้งเตือนเฉพาะในกล่องเรื่องร้องเรียน)", "Not linked (notices appear in the inbox only)"),
        ["lineLink"] = ("ขอรหัสเชื่อม LINE", "Get a code to link LINE"),
        ["lineRelink"] = ("เชื่อม LINE บัญชีอื่น", "Link another LINE account"),
        ["lineUnlink"] = ("ยกเลิกการแจ้งเตือนทาง LINE", "Stop notices on LINE"),
        ["lineCodeHeading"] = ("รหัสเชื่อม LINE", "Your LINE link code"),
        ["lineCodeHow"] = ("เปิดแชตกับบัญชีทางการ Senate Formal จาก LINE ของท่านเอง แล้วพิมพ์ข้อความนี้", "Open the chat with the official account Senate Formal on your own LINE and send this message"),
        ["lineCodeExpiry"] = ("รหัสใช้ได้ครั้งเดียว ภายใน 10 นาที", "The code works once, within 10 minutes."),
    };
}
