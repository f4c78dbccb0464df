namespace Senate.ChatBot.Language.Entities.Committees;

/// <summary>
/// The topic words of a committee name that people actually type after "กมธ." or around "committee":
/// "คณะกรรมาธิการการกฎหมาย การยุติธรรม และการตำรวจ" → กฎหมาย, ยุติธรรม, ตำรวจ;
/// "Committee on Law, Justice and Police" → law, justice, police. Aliases are added as they are.
/// </summary>
internal sealed record CommitteeTerms(CommitteeName Committee, IReadOnlyList<string> Thai, IReadOnlyList<string> English)
{
    private static readonly string[] ThaiPrefixes = ["คณะกรรมาธิการ", "การ"];
    private static readonly string[] EnglishPrefixes = ["committee on ", "the "];

    public static CommitteeTerms For(CommitteeName committee)
    {
        var aliases = (committee.Aliases ?? []).Select(a => a.ToLowerInvariant()).ToList();
        var thai = Split(committee.Thai, [" ", "และ"], ThaiPrefixes)
            .Concat(aliases.Where(a => !char.IsAsciiLetter(a[0])));
        var english = Split(committee.English.ToLowerInvariant(), [",", " and "], EnglishPrefixes)
            .Concat(aliases.Where(a => char.IsAsciiLetter(a[0])));
        return new CommitteeTerms(committee, [.. thai.Distinct()], [.. english.Distinct()]);
    }

    private static IEnumerable<string> Split(string name, string[] separators, string[] prefixes)
    {
        foreach (var piece in name.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var term = piece;
            foreach (var prefix in prefixes)
            {
                // Strip each prefix once; a committee whose subject itself begins with "การ" (การเงิน) lists it as a synonym.
                if (term.StartsWith(prefix, StringComparison.Ordinal) && term.Length > prefix.Length + 1)
                {
                    term = term[prefix.Length..];
                }
            }

            if (term.Length >= 2)
            {
                yield return term;
            }
        }
    }
}
