using Icu;

namespace Senate.ChatBot.Language.Embedded;

/// <summary>
/// Splits text into words with ICU's dictionary-based break iterator, which knows Thai words although
/// Thai is written without spaces ("ขอดูตารางประชุม" → ขอ|ดู|ตาราง|ประชุม). Uses the system's libicu,
/// the same library .NET's globalization already loads on Linux.
/// </summary>
public static class ThaiWordBreaker
{
    private static readonly Lazy<Locale> Thai = new(() =>
    {
        Wrapper.Init();
        return new Locale("th");
    });

    /// <summary>The words of <paramref name="text"/> (letters and digits; spaces and punctuation dropped).</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var words = new List<string>();
        foreach (var word in BreakIterator.Split(BreakIterator.UBreakIteratorType.WORD, Thai.Value, text))
        {
            if (word.Length > 0 && word.Any(char.IsLetterOrDigit))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
