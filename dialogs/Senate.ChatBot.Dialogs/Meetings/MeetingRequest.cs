namespace Senate.ChatBot.Dialogs.Meetings;

/// <summary>What a schedule question asks, as far as understood; kept in dialog state between prompts.</summary>
public sealed record MeetingRequest
{
    public string? BodyId { get; init; }

    /// <summary>Bodies an ambiguous name could mean; the dialog asks which.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>A committee was mentioned ("กมธ.", "committee") but not which one.</summary>
    public bool CommitteeUnclear { get; init; }

    public DateOnly? First { get; init; }

    public DateOnly? Last { get; init; }

    /// <summary>"My meetings": only those the linked member is invited to.</summary>
    public bool Mine { get; init; }

    /// <summary>"Next sitting", "ครั้งหน้า": the next meeting of the body.</summary>
    public bool Next { get; init; }

    /// <summary>How many questions the dialog has asked, so it never asks forever.</summary>
    public int Asked { get; init; }

    public bool NeedsBody => Candidates.Count > 1 || (CommitteeUnclear && BodyId is null);

    public bool NeedsDate => First is null && BodyId is null && !Mine && !Next;
}
