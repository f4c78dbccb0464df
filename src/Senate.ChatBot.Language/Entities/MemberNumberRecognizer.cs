using System.Globalization;
using System.Text.RegularExpressions;

namespace Senate.ChatBot.Language.Entities;

/// <summary>
/// A senator's member number, recognized only after words that announce it ("สมาชิกหมายเลข 45",
/// "เลขสมาชิก ๑๒๓", "ส.ว. หมายเลข 7", "member no. 45"), so other numbers in a sentence are left alone.
/// </summary>
public static partial class MemberNumberRecognizer
{
    public static IEnumerable<Entity> Recognize(string text, string folded)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in MemberNumber().Matches(folded))
        {
            var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            yield return new MemberNumberEntity(text.Substring(m.Index, m.Length), m.Index, m.Length, number);
        }
    }

    [GeneratedRegex(
        @"(?:หมายเลขสมาชิก|เลขประจำตัวสมาชิก|เลขที่สมาชิก|เลขสมาชิก|รหัสสมาชิก|สมาชิก(?:วุฒิสภา)?\s*(?:หมายเลข|เลขที่)|ส\.?\s?ว\.?\s*(?:หมายเลข|เลขที่)" +
        @"|(?<![a-z])(?:member|senator)\s*(?:no\.?|number|num|id|#))\s*(?:ที่|:|#|=)?\s*(?<n>\d{1,4})(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MemberNumber();
}
