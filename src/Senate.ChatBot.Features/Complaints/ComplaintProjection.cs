using JasperFx.Events;
using Marten.Events.Aggregation;
using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints;

/// <summary>Builds <see cref="Complaint"/> from its events; run inline, in the transaction that appends them.</summary>
public sealed class ComplaintProjection : SingleStreamProjection<Complaint, Guid>
{
    public override Complaint? Evolve(Complaint? snapshot, Guid id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is ComplaintSubmitted submitted)
        {
            return Start(id, submitted);
        }

        if (snapshot is null)
        {
            return null;
        }

        Update(snapshot, e.Data);
        if (e.Data is IComplaintEvent { At: var at } && at > snapshot.LastActivityAt)
        {
            snapshot.LastActivityAt = at;
        }

        return snapshot;
    }

    private static Complaint Start(Guid id, ComplaintSubmitted e) => new()
    {
        Id = id,
        Reference = e.Reference,
        Channel = e.Channel,
        Category = e.Category,
        Subject = e.Subject,
        Text = e.Text,
        Attachments = [.. e.Attachments],
        Contact = e.Contact,
        ReplyTo = e.ReplyTo,
        Anonymous = e.Anonymous,
        ReceivedAt = e.ReceivedAt,
        ClockStartedAt = e.ReceivedAt,
        DueAt = e.DueAt,
        Stage = ComplaintStage.Received,
        IsOpen = true,
        LastActivityAt = e.At,
    };

    private static void Update(Complaint c, object data)
    {
        switch (data)
        {
            case ComplaintAcknowledged:
                c.Stage = ComplaintStage.Acknowledged;
                break;
            case ComplaintAssigned e:
                (c.OfficerId, c.OfficerName, c.Unit) = (e.OfficerId, e.OfficerName, e.Unit);
                c.Stage = c.Stage is ComplaintStage.Received or ComplaintStage.Acknowledged ? ComplaintStage.InProgress : c.Stage;
                break;
            case ComplaintInformationRequested e:
                c.Pauses.Add(new ClockPause(e.At, null));
                (c.IsPaused, c.OpenQuestion, c.Stage) = (true, e.Question, ComplaintStage.AwaitingInformation);
                break;
            case ComplaintInformationReceived e:
                c.Pauses[^1] = c.Pauses[^1] with { ResumedAt = e.At };
                (c.IsPaused, c.OpenQuestion, c.Stage) = (false, null, c.WorkingGroup is null ? ComplaintStage.InProgress : ComplaintStage.WithWorkingGroup);
                MoveDeadlines(c, e.DueAt, e.WorkingGroupDueAt);
                break;
            case ComplaintReplied e:
                c.FirstReplyAt ??= e.At;
                (c.LatestReply, c.LatestReplyAt) = (e.Text, e.At);
                c.Stage = c.WorkingGroup is null ? ComplaintStage.Replied : c.Stage;
                break;
            case ComplaintForwardedToWorkingGroup e:
                (c.WorkingGroup, c.WorkingGroupDueAt, c.WorkingGroupWarning) = (e.WorkingGroup, e.WorkingGroupDueAt, WarningLevel.None);
                c.Stage = c.IsPaused ? c.Stage : ComplaintStage.WithWorkingGroup;
                break;
            case ComplaintEscalated:
                c.Escalated = true;
                break;
            case ComplaintResolved e:
                (c.Outcome, c.ResolvedAt, c.Stage, c.IsOpen, c.IsPaused) = (e.Outcome, e.At, ComplaintStage.Resolved, false, false);
                break;
            case ComplaintReopened e:
                (c.Outcome, c.ResolvedAt, c.Stage, c.IsOpen, c.Escalated, c.Stars) = (null, null, ComplaintStage.InProgress, true, false, null);
                (c.ClockStartedAt, c.DueAt, c.WorkingGroup, c.WorkingGroupDueAt) = (e.At, e.DueAt, null, null);
                (c.AnswerWarning, c.WorkingGroupWarning) = (WarningLevel.None, WarningLevel.None);
                break;
            case ComplaintFeedbackGiven e:
                c.Stars = e.Stars;
                break;
            case ComplaintDeadlineWarned { Deadline: Deadline.Answer } e:
                c.AnswerWarning = e.Level;
                break;
            case ComplaintDeadlineWarned e:
                c.WorkingGroupWarning = e.Level;
                break;
            case ComplaintDueDatesRecomputed e:
                MoveDeadlines(c, e.DueAt, e.WorkingGroupDueAt);
                break;
            case ComplaintPersonalDataErased:
                Erase(c);
                break;
        }
    }

    // A deadline that moved later may warn again when it comes near; one that moved earlier keeps
    // its level, so a complaint that was already overdue is not warned about (or escalated) twice.
    private static void MoveDeadlines(Complaint c, DateTimeOffset dueAt, DateTimeOffset? workingGroupDueAt)
    {
        c.AnswerWarning = dueAt > c.DueAt ? WarningLevel.None : c.AnswerWarning;
        c.WorkingGroupWarning = workingGroupDueAt > c.WorkingGroupDueAt ? WarningLevel.None : c.WorkingGroupWarning;
        (c.DueAt, c.WorkingGroupDueAt) = (dueAt, workingGroupDueAt);
    }

    private static void Erase(Complaint c)
    {
        (c.Text, c.Contact, c.ReplyTo, c.OpenQuestion, c.LatestReply, c.PersonalDataErased) = ("", null, null, null, null, true);
        c.Attachments.Clear();
    }
}
