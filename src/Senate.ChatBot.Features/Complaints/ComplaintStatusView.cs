namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// What anyone holding the reference number may see: the step, the due moment and what the desk
/// said publicly. No name, contact, description or officer: the number alone reveals no personal data.
/// </summary>
public sealed record ComplaintStatusView(
    Guid Id,
    string Reference,
    ComplaintCategory Category,
    ComplaintStage Stage,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? WorkingGroupDueAt,
    string? OpenQuestion,
    string? LatestReply,
    DateTimeOffset? LatestReplyAt,
    bool AwaitsRating)
{
    public static ComplaintStatusView Of(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new ComplaintStatusView(
            complaint.Id, complaint.Reference, complaint.Category, complaint.Stage, complaint.ReceivedAt, complaint.DueAt,
            complaint.WorkingGroupDueAt, complaint.OpenQuestion, complaint.LatestReply, complaint.LatestReplyAt,
            complaint.Stage == ComplaintStage.Resolved && complaint.Stars is null);
    }
}
