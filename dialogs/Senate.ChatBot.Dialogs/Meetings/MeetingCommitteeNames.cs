using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Language.Entities.Committees;

namespace Senate.ChatBot.Dialogs.Meetings;

/// <summary>
/// Committee names for the language model from the meeting data (standing committees, sub-committees
/// and the Senate, with their aliases), so a committee added by import is recognized too. Until the
/// data has been read once, the built-in list of standing committees answers.
/// </summary>
public sealed class MeetingCommitteeNames(CommitteeDirectory directory) : ICommitteeNameSource
{
    private static readonly StandingCommittees BuiltIn = new();
    private Converted? _converted;

    public IReadOnlyList<CommitteeName> Committees
    {
        get
        {
            var current = directory.Current;
            if (current.Count == 0)
            {
                return BuiltIn.Committees;
            }

            if (_converted is not { } converted || !ReferenceEquals(converted.From, current))
            {
                converted = new Converted(current, [.. current.Select(c => new CommitteeName(c.Id, c.ThaiName, c.EnglishName, c.Aliases))]);
                _converted = converted;
            }

            return converted.Names;
        }
    }

    private sealed record Converted(IReadOnlyList<Committee> From, IReadOnlyList<CommitteeName> Names);
}
