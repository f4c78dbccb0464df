using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// One complaint as the desk's inbox lists it and as commands check it: projected inline from its
/// event stream (see <see cref="ComplaintProjection"/>), so it is current as soon as an event is saved.
/// </summary>
public sealed class Complaint
{
    public Guid Id { get; set; }

    /// <summary>The stream version this state reflects; commands pass it back to detect concurrent edits.</summary>
    public long Version { get; set; }

    public string Reference { get; set; } = "";
    public ComplaintChannel Channel { get; set; }
    public ComplaintCategory Category { get; set; }
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";
    public List<Guid> Attachments { get; set; } = [];
    public Contact? Contact { get; set; }
    public ReplyAddress? ReplyTo { get; set; }
    public bool Anonymous { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public ComplaintStage Stage { get; set; }

    /// <summary>False once resolved; the clock and the inbox's "open" view look only at open complaints.</summary>
    public bool IsOpen { get; set; }

    /// <summary>When the answer clock started: receipt, or the latest reopening.</summary>
    public DateTimeOffset ClockStartedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public WarningLevel AnswerWarning { get; set; }
    public string? WorkingGroup { get; set; }
    public DateTimeOffset? WorkingGroupDueAt { get; set; }
    public WarningLevel WorkingGroupWarning { get; set; }
    public List<ClockPause> Pauses { get; set; } = [];
    public bool IsPaused { get; set; }
    public string? OpenQuestion { get; set; }
    public bool Escalated { get; set; }
    public string? OfficerId { get; set; }
    public string? OfficerName { get; set; }
    public string? Unit { get; set; }
    public DateTimeOffset? FirstReplyAt { get; set; }
    public string? LatestReply { get; set; }
    public DateTimeOffset? LatestReplyAt { get; set; }
    public ComplaintOutcome? Outcome { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public int? Stars { get; set; }
    public bool PersonalDataErased { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>What the desk's search looks in, copied to a trigram-indexed column: Thai writes no spaces between words.</summary>
    public string SearchText => $"{Reference} {Subject} {Text}";

    /// <summary>Both due moments re-derived from the calendar, as after a holiday change.</summary>
    public (DateTimeOffset DueAt, DateTimeOffset? WorkingGroupDueAt) Deadlines(BusinessCalendar calendar)
    {
        var answer = calendar.Deadline(ClockStartedAt, ResponseClock.AnswerDays, Pauses.Where(p => p.PausedAt >= ClockStartedAt));
        var workingGroup = WorkingGroup is null ? (DateTimeOffset?)null : calendar.Deadline(ReceivedAt, ResponseClock.WorkingGroupDays, Pauses);
        return (answer, workingGroup);
    }
}
