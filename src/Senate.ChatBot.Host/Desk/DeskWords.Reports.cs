namespace Senate.ChatBot.Host.Desk;

internal static partial class DeskWords
{
    /// <summary>Recording a complaint received elsewhere, and the reports.</summary>
    private static Dictionary<string, (string Thai, string English)> Reports() => new(StringComparer.Ordinal)
    {
        ["record"] = ("บันทึกเรื่องที่รับทางช่องทางอื่น", "Record a complaint received elsewhere"),
        ["recordButton"] = ("บันทึกเรื่อง", "Record"),
        ["recordRejected"] = ("บันทึกไม่ได้: ต้องมีรายละเอียดไม่เกิน 5,000 ตัวอักษร", "Not recorded: a description of up to 5,000 characters is needed."),
        ["name"] = ("ชื่อ", "Name"),
        ["phone"] = ("โทรศัพท์", "Phone"),
        ["email"] = ("อีเมล", "Email"),
        ["reports"] = ("รายงานรายไตรมาส", "Quarterly report"),
        ["quarter"] = ("ไตรมาส", "Quarter"),
        ["quarterHint"] = ("ปีงบประมาณ พ.ศ. และไตรมาส เช่น 2570-Q1", "Buddhist-era fiscal year and quarter, e.g. 2570-Q1"),
        ["show"] = ("แสดง", "Show"),
        ["downloadCsv"] = ("ดาวน์โหลด CSV", "Download CSV"),
        ["summary"] = ("สรุป", "Summary"),
        ["receivedCount"] = ("จำนวนเรื่องที่รับ", "Received"),
        ["onTime"] = ("ตอบทันเวลา", "Answered on time"),
        ["late"] = ("ตอบล่าช้า", "Late"),
        ["onTimeRate"] = ("อัตราตอบทันเวลา", "On-time rate"),
        ["medianDays"] = ("มัธยฐานวันทำการถึงคำตอบแรก", "Median business days to first reply"),
        ["escalatedCount"] = ("ส่งถึงหัวหน้างาน", "Escalated"),
        ["averageRating"] = ("คะแนนความพึงพอใจเฉลี่ย", "Average rating"),
        ["stillOpen"] = ("ยังไม่ปิดเรื่อง", "Still open"),
        ["countHeading"] = ("จำนวน", "Count"),
    };
}
