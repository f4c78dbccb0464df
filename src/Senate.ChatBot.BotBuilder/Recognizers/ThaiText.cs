using System.Globalization;
using System.Text;

namespace Senate.ChatBot.BotBuilder.Recognizers;

/// <summary>Text normalization for matching short Thai/English answers.</summary>
public static class ThaiText
{
    // Longest first, so "ครับผม" is removed whole rather than leaving "ผม".
    private static readonly string[] PoliteEndings =
        ["นะครับ", "นะคะ", "ครับผม", "ครับ", "คับ", "ค่ะ", "คะ", "ค่า", "จ้ะ", "จ้า", "จ๊ะ", "ฮะ", "นะ", "เลย"];

    /// <summary>Replaces Thai digits ๐-๙ (U+0E50..U+0E59) with ASCII digits.</summary>
    public static string NormalizeDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u0E50' and <= '\u0E59' ? (char)('0' + (c - '\u0E50')) : c;
            }
        });
    }

    /// <summary>
    /// Lower-cases, maps Thai digits, and removes whitespace, zero-width characters, punctuation,
    /// symbols and emoji (with their variation selectors), keeping letters, marks and digits.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in NormalizeDigits(text.Normalize(NormalizationForm.FormC)).EnumerateRunes())
        {
            if (IsKept(rune))
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>Removes trailing polite particles (ครับ, ค่ะ, คะ, นะ...), leaving at least one character.</summary>
    public static string StripPoliteEndings(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        normalized = normalized.TrimEnd();
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var ending in PoliteEndings)
            {
                if (normalized.Length > ending.Length && normalized.EndsWith(ending, StringComparison.Ordinal))
                {
                    normalized = normalized[..^ending.Length].TrimEnd();
                    stripped = true;
                    break;
                }
            }
        }

        return normalized;
    }

    private static bool IsKept(Rune rune)
    {
        // Variation selectors are marks, but belong to emoji, not to Thai words.
        if (rune.Value is >= 0xFE00 and <= 0xFE0F)
        {
            return false;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }
}
