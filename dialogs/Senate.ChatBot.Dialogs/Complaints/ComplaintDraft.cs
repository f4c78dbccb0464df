using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>How the complainant wants to hear back.</summary>
public enum ReplyChoice
{
    ContactDetails,
    ThisChat,
    Anonymous,
}

/// <summary>The complaint as collected so far; kept as JSON in the dialog state between turns.</summary>
public sealed record ComplaintDraft
{
    public ComplaintCategory Category { get; init; }
    public string Subject { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<Guid> Attachments { get; init; } = [];
    public DateTimeOffset ConsentGivenAt { get; init; }
    public ReplyChoice Reply { get; init; }
    public Contact? Contact { get; init; }
}
