using System.Globalization;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Senate.ChatBot.Features.Complaints;

/// <summary>The audit trail of one complaint, step by step: what happened, who did it, when.</summary>
public sealed class ComplaintTimeline
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public List<TimelineEntry> Entries { get; set; } = [];
}

/// <summary>
/// One step. <see cref="Detail"/> holds what was written (a note, a reply, a question); it is
/// <see cref="IsPublic"/> when the complainant sees it too. Anonymisation blanks every detail,
/// since notes and replies may name the person too; the steps, who took them and when remain.
/// </summary>
public sealed record TimelineEntry(long Version, DateTimeOffset At, Actor By, string What, string? Detail, bool IsPublic);

/// <summary>Builds <see cref="ComplaintTimeline"/> inline from the complaint's events.</summary>
public sealed class ComplaintTimelineProjection : SingleStreamProjection<ComplaintTimeline, Guid>
{
    public override ComplaintTimeline? Evolve(ComplaintTimeline? snapshot, Guid id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is ComplaintSubmitted submitted)
        {
            snapshot = new ComplaintTimeline { Id = id, Reference = submitted.Reference };
        }

        if (snapshot is null || e.Data is not IComplaintEvent change)
        {
            return snapshot;
        }

        if (change is ComplaintPersonalDataErased)
        {
            snapshot.Entries = [.. snapshot.Entries.Select(x => x with { Detail = null })];
        }

        snapshot.Entries.Add(EntryFor(e.Version, change));
        return snapshot;
    }

    /// <summary>The timeline line of one event; <see cref="TimelineEntry.What"/> is a key the desk words.</summary>
    public static TimelineEntry EntryFor(long version, IComplaintEvent change) => change switch
    {
        ComplaintSubmitted x => new(version, x.At, x.By, "submitted", $"{x.Channel} / {x.Category} / {x.Subject}", false),
        ComplaintAssigned x => new(version, x.At, x.By, "assigned", $"{x.OfficerName} ({x.Unit})", false),
        ComplaintNoteAdded x => new(version, x.At, x.By, "note", x.Text, false),
        ComplaintInformationRequested x => new(version, x.At, x.By, "information-requested", x.Question, true),
        ComplaintInformationReceived x => new(version, x.At, x.By, "information-received", x.Answer, false),
        ComplaintReplied x => new(version, x.At, x.By, "replied", x.Text, true),
        ComplaintForwardedToWorkingGroup x => new(version, x.At, x.By, "forwarded", x.WorkingGroup, false),
        ComplaintEscalated x => new(version, x.At, x.By, "escalated", x.Reason, false),
        ComplaintResolved x => new(version, x.At, x.By, "resolved", $"{x.Outcome}: {x.Summary}", true),
        ComplaintReopened x => new(version, x.At, x.By, "reopened", x.Reason, false),
        ComplaintFeedbackGiven x => new(version, x.At, x.By, "feedback", $"{x.Stars}/5 {x.Comment}".Trim(), false),
        ComplaintDeadlineWarned x => new(version, x.At, x.By, $"{x.Deadline}-{x.Level}".ToLowerInvariant(), x.DueAt.ToString("O", CultureInfo.InvariantCulture), false),
        ComplaintDueDatesRecomputed x => new(version, x.At, x.By, "due-recomputed", x.Reason, false),
        _ => new(version, change.At, change.By, change.GetType().Name, null, false),
    };
}
