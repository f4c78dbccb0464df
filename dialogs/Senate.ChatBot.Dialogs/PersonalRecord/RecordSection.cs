using System.Text.RegularExpressions;

namespace Senate.ChatBot.Dialogs.PersonalRecord;

/// <summary>The part of a personal record a question asks for; <see cref="All"/> when it names none.</summary>
public enum RecordSection
{
    All,
    Committees,
    Attendance,
    Meetings,
    Allowance,
    Documents,
}

public static partial class RecordSections
{
    public static RecordSection Of(string? text)
    {
        var said = text ?? "";
        return Allowance().IsMatch(said) ? RecordSection.Allowance
            : Attendance().IsMatch(said) ? RecordSection.Attendance
            : Documents().IsMatch(said) ? RecordSection.Documents
            : Meetings().IsMatch(said) ? RecordSection.Meetings
            : Committees().IsMatch(said) ? RecordSection.Committees
            : RecordSection.All;
    }

    [GeneratedRegex("เบี้ยประชุม|ค่าตอบแทน|เงิน|allowance|payment|paid", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Allowance();

    [GeneratedRegex("การเข้าประชุม|เข้าประชุม|ลงชื่อ|ขาดประชุม|ลาประชุม|attendance|attended", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attendance();

    [GeneratedRegex("คำขอเอกสาร|ขอเอกสาร|document request|requested", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Documents();

    [GeneratedRegex("นัดประชุม|ประชุมที่จะถึง|ประชุมของ|upcoming|my meetings", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Meetings();

    [GeneratedRegex("กรรมาธิการ|ตำแหน่ง|committee|position", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Committees();
}
