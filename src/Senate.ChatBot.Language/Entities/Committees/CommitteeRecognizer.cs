using System.Text.RegularExpressions;

namespace Senate.ChatBot.Language.Entities.Committees;

/// <summary>
/// Committee names, matched loosely: after a Thai cue (กมธ., คณะกรรมาธิการ, กรรมธิการ…) the committee whose
/// topic word is found with the fewest typos; around "committee" the same for English. Topic words alone
/// are not enough ("งบประมาณ" is also a bill), so a cue must be present.
/// </summary>
public sealed partial class CommitteeRecognizer(ICommitteeNameSource source)
{
    private const int Window = 60;
    private Compiled? _compiled;

    public IEnumerable<Entity> Recognize(string text, string folded)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folded);
        var terms = Terms();
        var found = new List<CommitteeEntity>();
        foreach (Match cue in Cue().Matches(folded))
        {
            var english = cue.Groups["en"].Success;
            var after = (Start: cue.Index + cue.Length, Length: Math.Min(Window, folded.Length - cue.Index - cue.Length));
            var before = (Start: Math.Max(0, cue.Index - Window), Length: cue.Index - Math.Max(0, cue.Index - Window));

            // "health committee" names its topic first; "committee on health" and "กมธ.สาธารณสุข" after.
            var match = english
                ? Best(terms, folded, before, useEnglish: true) ?? Best(terms, folded, after, useEnglish: true)
                : Best(terms, folded, after, useEnglish: false) ?? Best(terms, folded, after, useEnglish: true);
            if (match is not { } m)
            {
                continue;
            }

            var start = Math.Min(cue.Index, m.Start);
            var end = Math.Max(cue.Index + cue.Length, m.End);
            if (!found.Any(f => f.Committee == m.Committee || (start < f.Offset + f.Length && f.Offset < end)))
            {
                found.Add(new CommitteeEntity(text[start..end], start, end - start, m.Committee, m.Similarity));
            }
        }

        return found;
    }

    private static (CommitteeName Committee, int Start, int End, double Similarity)? Best(
        CommitteeTerms[] committees, string folded, (int Start, int Length) window, bool useEnglish)
    {
        if (window.Length <= 0)
        {
            return null;
        }

        var text = folded.AsSpan(window.Start, window.Length);
        (CommitteeName Committee, int Start, int End, double Similarity, int Score)? best = null;
        foreach (var committee in committees)
        {
            foreach (var term in useEnglish ? committee.English : committee.Thai)
            {
                var (errors, end) = ApproximateMatch.Find(term, text);
                var score = term.Length - (2 * errors);
                if (errors <= ApproximateMatch.Allowed(term.Length) && (best is null || score > best.Value.Score))
                {
                    var absoluteEnd = window.Start + end;
                    best = (committee.Committee, Math.Max(window.Start, absoluteEnd - term.Length), absoluteEnd, 1 - (errors / (double)term.Length), score);
                }
            }
        }

        return best is { } b ? (b.Committee, b.Start, b.End, b.Similarity) : null;
    }

    private CommitteeTerms[] Terms()
    {
        var names = source.Committees;
        if (_compiled is { } compiled && ReferenceEquals(compiled.Names, names))
        {
            return compiled.Terms;
        }

        var terms = names.Select(CommitteeTerms.For).ToArray();
        _compiled = new Compiled(names, terms);
        return terms;
    }

    private sealed record Compiled(IReadOnlyList<CommitteeName> Names, CommitteeTerms[] Terms);

    [GeneratedRegex(@"อนุกรรมาธิการ|คณะกรรมาธิการ|กรรมาธิการ|กรรมธิการ|กรรมมาธิการ|กรรมาธิกร|กมธ\.?|(?<en>(?<![a-z])(?:sub-?)?(?:committee|commitee|comittee|cttee)(?![a-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex Cue();
}
