namespace Senate.ChatBot.Features.Meetings;

/// <summary>
/// A Senate sitting or a committee/sub-committee meeting. The id comes from the source (the import
/// file or the calendar feed), so importing again updates the same meeting. Body names are copied in
/// so a schedule reads without a second look-up.
/// </summary>
public sealed record Meeting
{
    public required string Id { get; init; }

    public required string BodyId { get; init; }

    /// <summary>For a sub-committee, its committee; so "the finance committee's meetings" include its sub-committees.</summary>
    public string? ParentBodyId { get; init; }

    public required string BodyThai { get; init; }

    public required string BodyEnglish { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Agenda { get; init; } = [];

    /// <summary>Kept in UTC whatever offset it was given in, so every comparison in the database is like for like.</summary>
    public required DateTimeOffset Start { get; init => field = value.ToUniversalTime(); }

    public required DateTimeOffset End { get; init => field = value.ToUniversalTime(); }

    public string Room { get; init; } = "";

    public MeetingStatus Status { get; init; }

    /// <summary>Member numbers of the members invited.</summary>
    public IReadOnlyList<string> Invited { get; init; } = [];

    /// <summary>Bookshelf item ids of the meeting documents.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>Closed (false) meetings are shown only to the members invited and to staff.</summary>
    public bool IsPublic { get; init; }

    public string Body(bool english) => english ? BodyEnglish : BodyThai;

    public bool IsInvited(string memberNumber) => Invited.Contains(memberNumber, StringComparer.Ordinal);
}
