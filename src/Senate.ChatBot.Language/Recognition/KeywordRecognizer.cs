namespace Senate.ChatBot.Language.Recognition;

/// <summary>
/// A transparent recognizer from keyword lists, used until the trained embedded model is in place
/// and as its safety net for short commands. The longest matching keyword wins, so "ติดตามเรื่องร้องเรียน"
/// (status) beats "ร้องเรียน" (file).
/// </summary>
public sealed class KeywordRecognizer : IIntentRecognizer
{
    private static readonly (string Intent, string[] Keywords)[] Table =
    [
        (Intents.Cancel, ["ยกเลิก", "cancel", "stop", "หยุด", "ไม่เอาแล้ว", "เลิก"]),
        (Intents.Help, ["ช่วยเหลือ", "help", "วิธีใช้", "ทำอะไรได้", "เมนู", "menu"]),
        (Intents.Human, ["เจ้าหน้าที่", "คุยกับคน", "ติดต่อคน", "agent", "human", "staff", "operator"]),
        (Intents.Greeting, ["สวัสดี", "หวัดดี", "hello", "hi", "good morning", "ดีครับ", "ดีค่ะ"]),
        (Intents.Thanks, ["ขอบคุณ", "ขอบใจ", "thank", "thanks", "thx", "บาย", "bye", "ลาก่อน"]),
        (Intents.ComplaintStatus, ["ติดตามเรื่อง", "สถานะเรื่อง", "ความคืบหน้า", "เรื่องถึงไหน", "status", "track", "cmp-"]),
        (Intents.ComplaintFile, ["ร้องเรียน", "ร้องทุกข์", "เรื่องร้อง", "แจ้งเบาะแส", "ทุจริต", "เสนอแนะ", "ข้อเสนอ", "คำชม", "ชมเชย", "complain", "complaint", "complaints", "petition", "suggest", "suggestion", "corruption", "report a problem"]),
        (Intents.AccountLink, ["ผูกบัญชี", "เชื่อมบัญชี", "ลงทะเบียนสมาชิก", "ยืนยันตัวตน", "link account", "link my account", "unlink", "ยกเลิกการผูก"]),
        (Intents.PersonalRecord, ["ประวัติของฉัน", "ข้อมูลส่วนตัว", "เบี้ยประชุม", "การลงชื่อ", "การเข้าประชุม", "เงินเดือน", "ค่าตอบแทน", "my record", "my profile", "allowance", "attendance"]),
        (Intents.BookshelfSearch, ["ชั้นหนังสือ", "หนังสือ", "เอกสาร", "รายงาน", "หนังสือเสียง", "อักษรเบรลล์", "บันทึกการประชุม", "book", "books", "document", "documents", "report", "reports", "audio book", "braille"]),
        (Intents.MeetingSchedule, ["ประชุม", "นัดประชุม", "ตารางประชุม", "วาระ", "กรรมาธิการ", "meeting", "meetings", "schedule", "sitting", "agenda", "committee"]),
    ];

    private static readonly (string Intent, string Keyword)[] Flattened =
        [.. Table.SelectMany(row => row.Keywords.Select(k => (row.Intent, TextNormalizer.Normalize(k))))];

    public Task<RecognizerResult> RecognizeAsync(string text, CancellationToken cancellationToken = default)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return Task.FromResult(RecognizerResult.NoneResult);
        }

        var best = Flattened
            .Where(entry => Matches(normalized, entry.Keyword))
            .OrderByDescending(entry => entry.Keyword.Length)
            .Select(entry => new RecognizerResult(entry.Intent, Score(entry.Keyword, normalized)))
            .FirstOrDefault();
        return Task.FromResult(best ?? RecognizerResult.NoneResult);
    }

    // Thai is written without spaces, so Thai keywords match anywhere; English ones only as whole words ("hi" is not in "this").
    private static bool Matches(string text, string keyword)
    {
        if (!char.IsAsciiLetter(keyword[0]))
        {
            return text.Contains(keyword, StringComparison.Ordinal);
        }

        for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + 1, StringComparison.Ordinal))
        {
            var startsWord = at == 0 || !char.IsAsciiLetter(text[at - 1]);
            var end = at + keyword.Length;
            var endsWord = end == text.Length || !char.IsAsciiLetter(text[end]) || keyword[^1] == '-';
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }

    // A keyword that is most of the message is a surer sign than one word in a long paragraph.
    private static double Score(string keyword, string text) => Math.Round(0.6 + (0.4 * keyword.Length / text.Length), 3);
}
