using System.Text.RegularExpressions;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Language.Entities;

namespace Senate.ChatBot.Dialogs.Meetings;

/// <summary>
/// Reads a schedule question: dates and date ranges from the language entities (resolved in Bangkok),
/// the body from the meeting data (which also tells when a name fits several committees), with the
/// language model's typo-tolerant committee entity as the fallback, and "my"/"next" from plain words.
/// </summary>
public sealed partial class MeetingRequestReader(EntityExtractor entities, CommitteeDirectory committees)
{
    public async Task<MeetingRequest> ReadAsync(string? text, DateOnly today, CancellationToken cancellationToken)
    {
        var said = text ?? "";
        var found = entities.Extract(said, today);
        var (first, last) = found.OfType<DateRangeEntity>().Select(r => ((DateOnly?)r.Start, (DateOnly?)r.End)).FirstOrDefault();
        if (first is null && found.OfType<DateEntity>().FirstOrDefault() is { } day)
        {
            (first, last) = (day.Date, day.Date);
        }

        var bodies = await committees.MatchAsync(said, cancellationToken);
        var bodyId = bodies.Count == 1 ? bodies[0].Id : null;
        if (bodies.Count == 0 && found.OfType<CommitteeEntity>().FirstOrDefault() is { } named
            && await committees.FindAsync(named.Committee.Id, cancellationToken) is { } known)
        {
            bodyId = known.Id;
        }

        return new MeetingRequest
        {
            BodyId = bodyId,
            Candidates = bodies.Count > 1 ? [.. bodies.Select(b => b.Id)] : [],
            CommitteeUnclear = bodyId is null && bodies.Count == 0 && CommitteeWord().IsMatch(said) && first is null,
            First = first,
            Last = last,
            Mine = Mine().IsMatch(said),
            Next = first is null && NextWord().IsMatch(said),
        };
    }

    /// <summary>A reply to "which committee?": the same matching, on the answer alone.</summary>
    public async Task<MeetingRequest> WithBodyAsync(MeetingRequest request, string? answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bodies = await committees.MatchAsync(answer, cancellationToken);
        return request with
        {
            BodyId = bodies.Count == 1 ? bodies[0].Id : null,
            Candidates = bodies.Count > 1 ? [.. bodies.Select(b => b.Id)] : [],
            CommitteeUnclear = bodies.Count != 1,
            Asked = request.Asked + 1,
        };
    }

    [GeneratedRegex(@"กมธ|กรรมาธิการ|(?<![a-z])committee", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeWord();

    [GeneratedRegex(@"ของผม|ของกระผม|ของฉัน|ของดิฉัน|ของหนู|ของเรา|ที่ผมต้อง|ที่ฉันต้อง|(?<![a-z])(my|mine)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mine();

    [GeneratedRegex(@"ครั้งหน้า|ครั้งต่อไป|ครั้งถัดไป|นัดหน้า|นัดต่อไป|ถัดไป|(?<![a-z])(next|upcoming)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();
}
