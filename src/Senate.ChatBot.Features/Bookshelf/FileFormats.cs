namespace Senate.ChatBot.Features.Bookshelf;

/// <summary>The editions the bookshelf holds, with the words people use for them.</summary>
public static class FileFormats
{
    public const string Pdf = "pdf";
    public const string Word = "docx";
    public const string Audio = "audio";
    public const string Braille = "braille";

    public static IReadOnlyList<string> All { get; } = [Pdf, Word, Audio, Braille];

    /// <summary>What a screen-reader user is offered first: Word reads best aloud, then audio books.</summary>
    public static IReadOnlyList<string> Accessible { get; } = [Word, Audio];

    private static readonly (string Format, string[] Words)[] Spoken =
    [
        (Audio, ["หนังสือเสียง", "ไฟล์เสียง", "เสียง", "audio", "mp3", "daisy", "listen"]),
        (Braille, ["อักษรเบรลล์", "เบรลล์", "เบรล", "braille"]),
        (Word, ["เวิร์ด", "เวิด", "word", "docx"]),
        (Pdf, ["พีดีเอฟ", "pdf"]),
    ];

    public static string Name(string format, bool english) => format switch
    {
        Pdf => "PDF",
        Word => english ? "Word (.docx)" : "ไฟล์ Word (.docx)",
        Audio => english ? "audio book" : "หนังสือเสียง",
        Braille => english ? "Braille" : "อักษรเบรลล์",
        _ => format,
    };

    /// <summary>The format a phrase names ("ขอเป็นหนังสือเสียง", "word please"), or null.</summary>
    public static string? Find(string? text)
    {
        var folded = (text ?? "").ToLowerInvariant();
        return Spoken.FirstOrDefault(s => s.Words.Any(w => folded.Contains(w, StringComparison.Ordinal))).Format;
    }
}
