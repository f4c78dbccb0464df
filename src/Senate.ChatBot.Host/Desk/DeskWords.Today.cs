namespace Senate.ChatBot.Host.Desk;

internal static partial class DeskWords
{
    /// <summary>Today's dashboard: the desk's load at a glance.</summary>
    private static Dictionary<string, (string Thai, string English)> Today() => new(StringComparer.Ordinal)
    {
        ["today"] = ("ภาพรวมวันนี้", "Today"),
        ["todayHeading"] = ("ภาพรวมงานวันนี้", "Today's load"),
        ["todayFigures"] = ("จำนวนเรื่อง ณ ขณะนี้", "Complaints right now"),
        ["figure-received"] = ("รับเรื่องวันนี้", "Received today"),
        ["figure-open"] = ("เรื่องที่ยังไม่ปิด", "Open"),
        ["figure-dueSoon"] = ("ใกล้ครบกำหนด", "Due soon"),
        ["figure-overdue"] = ("เกินกำหนด", "Overdue"),
        ["figure-unassigned"] = ("ยังไม่มีผู้รับผิดชอบ", "Unassigned"),
        ["figure-awaiting"] = ("รอข้อมูลจากผู้ร้อง", "Awaiting information"),
        ["figure-onTimeRate"] = ("อัตราตอบทันเวลา ไตรมาส {0}", "On-time rate, quarter {0}"),
        ["openInInbox"] = ("เปิดในกล่องเรื่อง", "Open in the inbox"),
    };
}
