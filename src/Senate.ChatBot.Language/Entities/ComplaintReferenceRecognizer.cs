using System.Globalization;
using System.Text.RegularExpressions;

namespace Senate.ChatBot.Language.Entities;

/// <summary>
/// Complaint references, CMP-{Buddhist year}-{6 digits}-{2 check characters}, in any case, with Thai digits
/// or with spaces instead of dashes ("cmp 2569 000123 k7"). The check characters are kept as written;
/// whether they are right is the complaint register's business.
/// </summary>
public static partial class ComplaintReferenceRecognizer
{
    public static IEnumerable<Entity> Recognize(string text, string folded)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in Reference().Matches(folded))
        {
            var reference = string.Create(CultureInfo.InvariantCulture,
                $"CMP-{m.Groups["year"].Value}-{m.Groups["number"].Value}-{m.Groups["check"].Value.ToUpperInvariant()}");
            yield return new ComplaintReferenceEntity(text.Substring(m.Index, m.Length), m.Index, m.Length, reference);
        }
    }

    [GeneratedRegex(@"(?<![a-z0-9])cmp\s*[-–]?\s*(?<year>2[5-6]\d\d)\s*[-–]?\s*(?<number>\d{6})\s*[-–]?\s*(?<check>[a-z0-9]{2})(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
