namespace Senate.ChatBot.Features.Complaints;

/// <summary>Where a complaint reached the Secretariat. The bot files Line and WebChat; the desk records the rest.</summary>
public enum ComplaintChannel
{
    Line,
    WebChat,
    CallCentre,
    Letter,
    Staff,
    Facebook,
    Executive,
}

public enum ComplaintCategory
{
    Complaint,
    Petition,
    Suggestion,
    Compliment,
    CorruptionTip,
}

/// <summary>The step a complaint is at, as the complainant is told it.</summary>
public enum ComplaintStage
{
    Received,
    Acknowledged,
    InProgress,
    AwaitingInformation,
    Replied,
    WithWorkingGroup,
    Resolved,
}

public enum ComplaintOutcome
{
    Answered,
    ReferredElsewhere,
    NotPursued,
    Withdrawn,
}

/// <summary>The two promises: an answer within 3 business days, a working-group report within 15.</summary>
public enum Deadline
{
    Answer,
    WorkingGroup,
}

/// <summary>How close a deadline is; a complaint moves up these levels once each.</summary>
public enum WarningLevel
{
    None,
    DueSoon,
    Overdue,
}

public static class ComplaintChannels
{
    /// <summary>Channels where the bot itself can answer the complainant.</summary>
    public static bool IsChat(this ComplaintChannel channel) => channel is ComplaintChannel.Line or ComplaintChannel.WebChat;
}
