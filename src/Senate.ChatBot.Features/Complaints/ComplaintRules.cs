using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints;

/// <summary>Each command's decision: the event it appends, or a <see cref="ComplaintRuleException"/> saying why not.</summary>
internal static class ComplaintRules
{
    public const int MaxNoteLength = 5000;

    public static ComplaintAcknowledged Acknowledge(ComplaintChange change, Actor by)
    {
        RequireOpen(change);
        Require(change.Complaint.Stage == ComplaintStage.Received, "The complaint was already acknowledged.");
        return new ComplaintAcknowledged(by, change.Now);
    }

    public static ComplaintAssigned Assign(ComplaintChange change, string officerId, string officerName, string unit, Actor by)
    {
        RequireOpen(change);
        return new ComplaintAssigned(Text(officerId, "officer id"), Text(officerName, "officer name"), Text(unit, "unit"), by, change.Now);
    }

    /// <summary>Notes are allowed on resolved complaints too: the desk may record what happened afterwards.</summary>
    public static ComplaintNoteAdded Note(ComplaintChange change, string text, Actor by) => new(Text(text, "note"), by, change.Now);

    public static ComplaintInformationRequested RequestInformation(ComplaintChange change, string question, Actor by)
    {
        RequireOpen(change);
        Require(!change.Complaint.IsPaused, "Information was already requested and not yet received.");
        return new ComplaintInformationRequested(Text(question, "question"), by, change.Now);
    }

    /// <summary>The clock runs again: each deadline gets the office time it had left when the pause began.</summary>
    public static ComplaintInformationReceived Resume(ComplaintChange change, string answer, Actor by)
    {
        RequireOpen(change);
        var complaint = change.Complaint;
        Require(complaint.IsPaused, "No information was requested.");
        var pausedAt = complaint.Pauses[^1].PausedAt;
        var due = change.Calendar.Resume(complaint.DueAt, pausedAt, change.Now);
        var workingGroupDue = complaint.WorkingGroupDueAt is { } w ? change.Calendar.Resume(w, pausedAt, change.Now) : (DateTimeOffset?)null;
        return new ComplaintInformationReceived(Text(answer, "answer"), due, workingGroupDue, by, change.Now);
    }

    public static ComplaintReplied Reply(ComplaintChange change, string text, Actor by)
    {
        RequireOpen(change);
        return new ComplaintReplied(Text(text, "reply"), by, change.Now);
    }

    /// <summary>The working-group deadline counts from receipt, with every finished pause applied.</summary>
    public static ComplaintForwardedToWorkingGroup Forward(ComplaintChange change, string workingGroup, Actor by)
    {
        RequireOpen(change);
        var complaint = change.Complaint;
        Require(complaint.WorkingGroup is null, "The complaint is already with a working group.");
        var due = change.Calendar.Deadline(complaint.ReceivedAt, ResponseClock.WorkingGroupDays, complaint.Pauses);
        return new ComplaintForwardedToWorkingGroup(Text(workingGroup, "working group"), due, by, change.Now);
    }

    public static ComplaintEscalated Escalate(ComplaintChange change, string reason, Actor by)
    {
        RequireOpen(change);
        Require(!change.Complaint.Escalated, "The complaint was already escalated.");
        return new ComplaintEscalated(Text(reason, "reason"), by, change.Now);
    }

    public static ComplaintResolved Resolve(ComplaintChange change, ComplaintOutcome outcome, string? summary, Actor by)
    {
        RequireOpen(change);
        return new ComplaintResolved(outcome, string.IsNullOrWhiteSpace(summary) ? null : Text(summary, "summary"), by, change.Now);
    }

    public static ComplaintReopened Reopen(ComplaintChange change, string reason, Actor by)
    {
        Require(!change.Complaint.IsOpen, "The complaint is still open.");
        return new ComplaintReopened(Text(reason, "reason"), change.Calendar.DueAt(change.Now, ResponseClock.AnswerDays), by, change.Now);
    }

    public static ComplaintFeedbackGiven Rate(ComplaintChange change, int stars, string? comment, Actor by)
    {
        Require(change.Complaint.Stage == ComplaintStage.Resolved, "Only a resolved complaint can be rated.");
        Require(change.Complaint.Stars is null, "The handling was already rated.");
        Require(stars is >= ComplaintFeedbackGiven.Lowest and <= ComplaintFeedbackGiven.Highest, "The rating must be 1 to 5 stars.");
        return new ComplaintFeedbackGiven(stars, string.IsNullOrWhiteSpace(comment) ? null : Text(comment, "comment"), by, change.Now);
    }

    /// <summary>Chat commands act only for the chat account that filed the complaint.</summary>
    public static void RequireFiler(ComplaintChange change, string channelId, string userId) =>
        Require(change.Complaint.ReplyTo is { } to && to.ChannelId == channelId && to.UserId == userId,
            "Only the person who filed the complaint can do this.");

    private static void RequireOpen(ComplaintChange change) => Require(change.Complaint.IsOpen, "The complaint is resolved; reopen it first.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ComplaintRuleException(message);
        }
    }

    private static string Text(string? value, string what)
    {
        Require(!string.IsNullOrWhiteSpace(value) && value.Length <= MaxNoteLength, $"The {what} must have 1 to {MaxNoteLength} characters.");
        return value!.Trim();
    }
}
