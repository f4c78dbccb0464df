using System.Text;

namespace Senate.ChatBot.Language.Recognition;

/// <summary>Brings Thai and English text people type to one comparable form.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Lower case (invariant), Thai digits to Arabic, zero-width characters removed, runs of three or
    /// more equal letters ("ค่าาาา", "hiii") shortened to one, whitespace collapsed.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        var run = 0;
        foreach (var raw in WellFormed(text).Normalize(NormalizationForm.FormC))
        {
            var c = char.ToLowerInvariant(ToAsciiDigit(raw));
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;

            // People stretch words for tone ("ขอบคุณค่าาาา", "hiii", "byeee"); a real word never repeats a letter three times.
            run = builder.Length > 1 && builder[^2] == c ? run + 1 : 1;
            if (run == 3 && char.IsLetter(c))
            {
                builder.Length -= 2;
            }
            else if (run > 3 && char.IsLetter(c))
            {
                builder.Length -= 1;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// The text with any unpaired surrogate (a broken emoji from a cut message) replaced by U+FFFD, which
    /// Unicode normalization would otherwise reject with an exception.
    /// </summary>
    private static string WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                // EnumerateRunes yields U+FFFD for every ill-formed sequence.
                return string.Concat(text.EnumerateRunes().Select(r => r.ToString()));
            }
        }

        return text;
    }

    /// <summary>
    /// Lower case (invariant) and Thai digits to Arabic, one character for one, so positions found in the
    /// result are positions in <paramref name="text"/> (entity offsets must point into what the person wrote).
    /// </summary>
    public static string FoldCaseAndDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.ToLowerInvariant(ToAsciiDigit(source[i]));
            }
        });
    }

    /// <summary>Thai digits ๐–๙ (U+0E50..U+0E59) become 0–9; every other character is returned as it is.</summary>
    public static char ToAsciiDigit(char c) => c is >= '\u0E50' and <= '\u0E59' ? (char)('0' + (c - '\u0E50')) : c;

    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';
}
