using System.Globalization;
using System.Text.RegularExpressions;

namespace Senate.ChatBot.BotBuilder.Recognizers;

/// <summary>
/// Numbers as people type them: ASCII or Thai digits (๓), thousands separators (1,250), decimals,
/// and spelled out in Thai (สามสิบห้า, สองพันห้าร้อย, ยี่สิบเอ็ด) or English (twenty-one).
/// </summary>
public static partial class ThaiNumberRecognizer
{
    /// <summary>True when the whole text (give or take polite particles and punctuation) is one number.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = ThaiText.StripPoliteEndings(ThaiText.NormalizeDigits(text).Trim()).Trim().TrimEnd('.', '!', '?', ' ');
        if (WholeNumber().Match(trimmed) is { Success: true } match)
        {
            return decimal.TryParse(match.Value.Replace(",", "", StringComparison.Ordinal),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        if (EnglishNumberWords.TryParse(trimmed, out value))
        {
            return true;
        }

        return ThaiNumberWords.TryParse(ThaiText.StripPoliteEndings(ThaiText.Normalize(trimmed)), out value);
    }

    /// <summary>The whole text as a number, or else the first number written with digits inside it ("3 คน").</summary>
    public static bool TryRecognize(string? text, out decimal value)
    {
        if (TryParse(text, out value))
        {
            return true;
        }

        var match = text is null ? null : NumberInText().Match(ThaiText.NormalizeDigits(text));
        return match is { Success: true } && decimal.TryParse(match.Value.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"(?<![\d.,])[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberInText();
}
