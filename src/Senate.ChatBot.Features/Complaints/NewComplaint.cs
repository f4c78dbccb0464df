namespace Senate.ChatBot.Features.Complaints;

/// <summary>What the complaint dialog (or the desk, for a phone call or a letter) collected.</summary>
public sealed record NewComplaint(
    ComplaintChannel Channel,
    ComplaintCategory Category,
    string Subject,
    string Text,
    IReadOnlyList<Guid> Attachments,
    Contact? Contact,
    ReplyAddress? ReplyTo,
    bool Anonymous,
    Consent? Consent)
{
    /// <summary>The longest description kept, as LINE's own message limit.</summary>
    public const int MaxTextLength = 5000;
}

/// <summary>The answer to filing: the reference and due moment, and whether this was a repeat of an earlier filing.</summary>
public sealed record FiledComplaint(Guid Id, string Reference, DateTimeOffset DueAt, bool AlreadyFiled);
