using System.Text;

namespace Senate.ChatBot.Language.Recognition;

/// <summary>Brings Thai and English text people type to one comparable form.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Lower case (invariant), Thai digits to Arabic, zero-width characters removed, runs of three or
    /// more equal Thai characters ("ค่าาาา") shortened to one, whitespace collapsed.
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
        foreach (var raw in text.Normalize(NormalizationForm.FormC))
        {
            var c = raw is >= '\u0E50' and <= '\u0E59' ? (char)('0' + (raw - '\u0E50')) : char.ToLowerInvariant(raw);
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

            // People stretch Thai words for tone ("ขอบคุณค่าาาา"); a real word never repeats a letter three times.
            run = builder.Length > 1 && builder[^2] == c ? run + 1 : 1;
            if (run == 3 && IsThai(c))
            {
                builder.Length -= 2;
            }
            else if (run > 3 && IsThai(c))
            {
                builder.Length -= 1;
            }
        }

        return builder.ToString().TrimEnd();
    }

    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';
}
