namespace Senate.ChatBot.BotBuilder.Recognizers;

/// <summary>
/// Yes/no in Thai and English: "ใช่ค่ะ", "ได้เลยครับ", "โอเค 👍", "ไม่ครับ", "no". A bare polite
/// particle ("ค่ะ", "ครับ") answering a question means yes. "ยกเลิก" (cancel) is deliberately neither:
/// cancelling is the bot's interruption, not an answer.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "ใช่", "ใช่แล้ว", "ได้", "ตกลง", "โอเค", "โอเคร", "ถูกต้อง", "ถูก", "ถูกแล้ว", "ยืนยัน", "เอา", "แน่นอน", "ชัวร์",
        "ครับ", "ครับผม", "คับ", "ค่ะ", "คะ", "ค่า", "จ้ะ", "จ้า", "ฮะ",
        "ok", "okay", "okey", "yes", "y", "yeah", "yep", "yup", "sure", "correct", "confirm", "true",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "ไม่", "ไม่ใช่", "ไม่ได้", "ไม่เอา", "ไม่ต้อง", "ไม่ถูก", "ไม่ถูกต้อง", "ไม่ยืนยัน", "ผิด",
        "no", "n", "nope", "nah", "incorrect", "wrong", "false",
    };

    /// <summary>True for yes, false for no, null when the text is neither.</summary>
    public static bool? Recognize(string? text)
    {
        var normalized = ThaiText.Normalize(text);
        if (normalized.Length == 0)
        {
            return text switch
            {
                null => null,
                _ when text.Contains("👍", StringComparison.Ordinal) || text.Contains("👌", StringComparison.Ordinal) => true,
                _ when text.Contains("👎", StringComparison.Ordinal) => false,
                _ => null,
            };
        }

        return Lookup(normalized) ?? Lookup(ThaiText.StripPoliteEndings(normalized));
    }

    private static bool? Lookup(string normalized) =>
        Yes.Contains(normalized) ? true : No.Contains(normalized) ? false : null;
}
