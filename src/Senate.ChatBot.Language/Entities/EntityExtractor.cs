using Senate.ChatBot.Language.Entities.Committees;
using Senate.ChatBot.Language.Entities.Dates;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Language.Entities;

/// <summary>Every entity the bot understands, in the order they appear in the text.</summary>
public sealed class EntityExtractor(ICommitteeNameSource committees, TimeProvider time)
{
    private readonly CommitteeRecognizer _committees = new(committees);

    public IReadOnlyList<Entity> Extract(string text) => Extract(text, BangkokClock.Today(time));

    /// <param name="text">What the person wrote.</param>
    /// <param name="today">The day relative dates count from (Asia/Bangkok).</param>
    public IReadOnlyList<Entity> Extract(string text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = TextNormalizer.FoldCaseAndDigits(text);
        var references = ComplaintReferenceRecognizer.Recognize(text, folded).ToList();
        var members = MemberNumberRecognizer.Recognize(text, folded).ToList();

        // A reference's digits ("CMP-2569-…") or a member number are not dates.
        var dates = DateEntityRecognizer.Recognize(text, folded, today)
            .Where(d => !references.Concat(members).Any(e => Overlap(d, e)));
        return [.. references.Concat(members).Concat(dates).Concat(_committees.Recognize(text, folded)).OrderBy(e => e.Offset)];
    }

    private static bool Overlap(Entity a, Entity b) => a.Offset < b.Offset + b.Length && b.Offset < a.Offset + a.Length;
}
