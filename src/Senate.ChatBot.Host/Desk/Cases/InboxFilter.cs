using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>The inbox's views: each link shows how many complaints it holds.</summary>
internal enum InboxView
{
    All,
    Overdue,
    DueSoon,
    Unassigned,
    Mine,
}

/// <summary>What the officer asked the inbox for, read from the query string so a view can be bookmarked.</summary>
internal sealed record InboxFilter(InboxView View, ComplaintStage? Stage, ComplaintChannel? Channel, string? Search)
{
    public bool Matches(InboxRow row, string userId) => View switch
    {
        InboxView.Overdue => row.Urgency == Urgency.Overdue,
        InboxView.DueSoon => row.Urgency == Urgency.DueSoon,
        InboxView.Unassigned => row.Complaint.OfficerId is null && row.Complaint.IsOpen,
        InboxView.Mine => row.Complaint.OfficerId == userId,
        _ => true,
    };
}
