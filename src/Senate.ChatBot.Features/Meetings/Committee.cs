namespace Senate.ChatBot.Features.Meetings;

/// <summary>What kind of body holds a meeting.</summary>
public enum BodyKind
{
    Senate,
    StandingCommittee,
    SubCommittee,
}

/// <summary>
/// The Senate itself, a standing committee or a sub-committee (with its parent). The id is short and
/// stable ("finance", "finance-sub-1", "senate"), so imports and the language model can refer to it.
/// </summary>
public sealed record Committee
{
    public const string SenateId = "senate";

    public required string Id { get; init; }

    public required string ThaiName { get; init; }

    public required string EnglishName { get; init; }

    public BodyKind Kind { get; init; } = BodyKind.StandingCommittee;

    public string? ParentId { get; init; }

    /// <summary>Short names people use ("กมธ.ทุจริต"), matched as well as the official names.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string Name(bool english) => english ? EnglishName : ThaiName;
}
