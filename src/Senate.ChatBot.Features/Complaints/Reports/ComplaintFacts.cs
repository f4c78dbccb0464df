using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints.Reports;

/// <summary>
/// One complaint as the statistics see it: no text, no contact, only what the quarterly report
/// counts. <see cref="ComplainantKey"/> (a hash of the phone, e-mail or chat account) finds repeat
/// complainants; it is cleared with the other personal data when the retention period ends.
/// </summary>
public sealed class ComplaintFacts
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public ComplaintChannel Channel { get; set; }
    public ComplaintCategory Category { get; set; }
    public string Subject { get; set; } = "";
    public string? Unit { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public List<ClockPause> Pauses { get; set; } = [];
    public DateTimeOffset? FirstReplyAt { get; set; }

    /// <summary>Whether the first reply came by the due moment in force then; null until the first reply.</summary>
    public bool? AnsweredOnTime { get; set; }
    public bool Escalated { get; set; }
    public ComplaintOutcome? Outcome { get; set; }
    public int? Stars { get; set; }
    public string? ComplainantKey { get; set; }
}
