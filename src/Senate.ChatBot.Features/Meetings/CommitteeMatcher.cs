namespace Senate.ChatBot.Features.Meetings;

/// <summary>
/// Which bodies a person means: the committees whose topic words ("การคลัง" in "คณะกรรมาธิการการเงิน
/// การคลัง…", "finance") appear in the text, best first. A whole topic word beats the start of one
/// ("กมธ.การพัฒนา" starts two names, so both come back and the dialog asks which); a start counts only
/// after a committee word (กมธ., กรรมาธิการ, committee), so "ประชุม" alone names no one. Sub-committees count
/// only when the text says "อนุ" or "sub", so "กมธ.การคลัง" means the committee, not its sub-committee.
/// </summary>
public static class CommitteeMatcher
{
    private const int MinimumPrefix = 5;
    private static readonly string[] ThaiSeparators = [" ", "และ", ","];
    private static readonly string[] EnglishSeparators = [",", " and "];
    private static readonly string[] Cues = ["กมธ", "กรรมาธิการ", "committee"];
    private static readonly string[] Prefixes = ["คณะอนุกรรมาธิการ", "คณะกรรมาธิการ", "การ", "committee on ", "the "];

    public static IReadOnlyList<Committee> Match(IEnumerable<Committee> committees, string? text)
    {
        ArgumentNullException.ThrowIfNull(committees);
        var folded = (text ?? "").ToLowerInvariant();
        if (folded.Length == 0)
        {
            return [];
        }

        var cued = Cues.Any(c => folded.Contains(c, StringComparison.Ordinal));
        var wantsSub = folded.Contains("อนุ", StringComparison.Ordinal) || folded.Contains("sub", StringComparison.Ordinal);
        var scored = committees
            .Where(c => wantsSub || c.Kind != BodyKind.SubCommittee)
            .Select(c => (Committee: c, Score: Score(c, folded, cued)))
            .Where(s => s.Score > 0)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(s => s.Score);
        return [.. scored.Where(s => s.Score == best).Select(s => s.Committee)];
    }

    /// <summary>Whole words score their length times two, a shared start of five or more letters its length.</summary>
    private static int Score(Committee committee, string folded, bool cued)
    {
        var best = 0;
        foreach (var term in Terms(committee))
        {
            if (folded.Contains(term, StringComparison.Ordinal))
            {
                best = Math.Max(best, term.Length * 2);
            }
        }

        if (best == 0 && cued)
        {
            foreach (var term in Split(committee.ThaiName, ThaiSeparators))
            {
                best = Math.Max(best, SharedStart(term, folded));
            }
        }

        return best;
    }

    private static int SharedStart(string term, string folded)
    {
        for (var length = term.Length - 1; length >= MinimumPrefix; length--)
        {
            if (folded.Contains(term.AsSpan(0, length), StringComparison.Ordinal))
            {
                return length;
            }
        }

        return 0;
    }

    private static IEnumerable<string> Terms(Committee committee) =>
        Split(committee.ThaiName, ThaiSeparators)
            .Concat(Split(committee.EnglishName.ToLowerInvariant(), EnglishSeparators))
            .Concat(committee.Aliases.Select(a => a.ToLowerInvariant()))
            .Where(t => t.Length >= 2)
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Split(string name, string[] separators) =>
        name.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(StripPrefix);

    private static string StripPrefix(string piece)
    {
        foreach (var prefix in Prefixes)
        {
            if (piece.StartsWith(prefix, StringComparison.Ordinal) && piece.Length > prefix.Length + 1)
            {
                piece = piece[prefix.Length..];
            }
        }

        return piece;
    }
}
