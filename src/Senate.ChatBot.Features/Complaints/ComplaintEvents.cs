namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// The complaint register keeps one event stream per complaint. Every event says who did it and
/// when; nothing is ever deleted (the retention job masks personal data in place).
/// </summary>
public interface IComplaintEvent
{
    Actor By { get; }

    DateTimeOffset At { get; }
}

/// <summary>A complaint was received. <see cref="ReceivedAt"/> starts the clock; <see cref="DueAt"/> is the rule's answer then.</summary>
public sealed record ComplaintSubmitted(
    string Reference,
    ComplaintChannel Channel,
    ComplaintCategory Category,
    string Subject,
    string Text,
    IReadOnlyList<Guid> Attachments,
    Contact? Contact,
    ReplyAddress? ReplyTo,
    bool Anonymous,
    Consent? Consent,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    Actor By,
    DateTimeOffset At) : IComplaintEvent;

public sealed record ComplaintAcknowledged(Actor By, DateTimeOffset At) : IComplaintEvent;

public sealed record ComplaintAssigned(string OfficerId, string OfficerName, string Unit, Actor By, DateTimeOffset At) : IComplaintEvent;

/// <summary>An internal note: the desk sees it, the complainant never does.</summary>
public sealed record ComplaintNoteAdded(string Text, Actor By, DateTimeOffset At) : IComplaintEvent;

/// <summary>The desk asked the complainant for more; the clock stops until the answer arrives.</summary>
public sealed record ComplaintInformationRequested(string Question, Actor By, DateTimeOffset At) : IComplaintEvent;

/// <summary>The complainant answered; the clock runs again with the new due moments given.</summary>
public sealed record ComplaintInformationReceived(
    string Answer, DateTimeOffset DueAt, DateTimeOffset? WorkingGroupDueAt, Actor By, DateTimeOffset At) : IComplaintEvent;

/// <summary>A public reply, shown to the complainant and in status lookups.</summary>
public sealed record ComplaintReplied(string Text, Actor By, DateTimeOffset At) : IComplaintEvent;

public sealed record ComplaintForwardedToWorkingGroup(string WorkingGroup, DateTimeOffset WorkingGroupDueAt, Actor By, DateTimeOffset At) : IComplaintEvent;

public sealed record ComplaintEscalated(string Reason, Actor By, DateTimeOffset At) : IComplaintEvent;

public sealed record ComplaintResolved(ComplaintOutcome Outcome, string? Summary, Actor By, DateTimeOffset At) : IComplaintEvent;

/// <summary>A resolved complaint was taken up again; it gets a fresh answer deadline from now.</summary>
public sealed record ComplaintReopened(string Reason, DateTimeOffset DueAt, Actor By, DateTimeOffset At) : IComplaintEvent;

public sealed record ComplaintFeedbackGiven(int Stars, string? Comment, Actor By, DateTimeOffset At) : IComplaintEvent
{
    public const int Lowest = 1;
    public const int Highest = 5;
}

/// <summary>A deadline reached a warning level. Recorded once per level, so warnings and escalation happen once.</summary>
public sealed record ComplaintDeadlineWarned(Deadline Deadline, WarningLevel Level, DateTimeOffset DueAt, Actor By, DateTimeOffset At) : IComplaintEvent;

/// <summary>The business calendar changed (a holiday added or called off) and the due moments moved.</summary>
public sealed record ComplaintDueDatesRecomputed(DateTimeOffset DueAt, DateTimeOffset? WorkingGroupDueAt, string Reason, Actor By, DateTimeOffset At) : IComplaintEvent;

/// <summary>The retention period passed: personal data in this stream was masked; the statistics stay.</summary>
public sealed record ComplaintPersonalDataErased(Actor By, DateTimeOffset At) : IComplaintEvent;
