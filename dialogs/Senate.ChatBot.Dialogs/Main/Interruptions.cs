using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Main;

/// <summary>
/// Words that interrupt whatever question is open. Only a message that *is* the word counts, so a
/// complaint that mentions "ยกเลิก" in a sentence is not mistaken for a request to cancel.
/// </summary>
public static class Interruptions
{
    private static readonly HashSet<string> CancelWords = Normalized(
        "ยกเลิก", "ยกเลิกค่ะ", "ยกเลิกครับ", "เลิก", "หยุด", "พอแล้ว", "ไม่เอาแล้ว", "cancel", "stop", "quit", "exit");

    private static readonly HashSet<string> HelpWords = Normalized(
        "ช่วยเหลือ", "ช่วยด้วย", "วิธีใช้", "help", "?", "เมนู", "menu");

    public static bool IsCancel(string? text) => CancelWords.Contains(Clean(text));

    public static bool IsHelp(string? text) => HelpWords.Contains(Clean(text));

    private static string Clean(string? text) => TextNormalizer.Normalize(text).Trim(' ', '.', '!', '。');

    private static HashSet<string> Normalized(params string[] words) =>
        new(words.Select(TextNormalizer.Normalize), StringComparer.Ordinal);
}
