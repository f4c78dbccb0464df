using System.Globalization;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>A case's stored keys (subject area, channel, outcome) in the words of the desk's language.</summary>
internal static class CaseWording
{
    public static string Subject(Complaint complaint, DeskText text) => ComplaintSubjects.Name(complaint.Subject, text.English);

    /// <summary>Contact details for the desk; without any, how the complainant can still be answered.</summary>
    public static string Contact(Complaint complaint, DeskText text)
    {
        if (complaint.Anonymous)
        {
            return text["anonymous"];
        }

        var details = new[] { complaint.Contact?.Name, complaint.Contact?.Phone, complaint.Contact?.Email }.Where(x => !string.IsNullOrWhiteSpace(x)).ToList();
        return details.Count > 0 ? string.Join(" · ", details)
            : complaint.ReplyTo is not null ? text["replyInChat"]
            : text["noContact"];
    }

    /// <summary>A timeline entry's detail; the receipt and the resolution are stored as keys and shown in words.</summary>
    public static string? Detail(TimelineEntry entry, Complaint complaint, DeskText text)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(complaint);
        if (entry.Detail is null)
        {
            return null;
        }

        if (entry.What == "submitted")
        {
            return $"{text["channel-" + complaint.Channel]} / {text["category-" + complaint.Category]} / {Subject(complaint, text)}";
        }

        // A deadline warning carries the due moment it warned about.
        if (entry.What.EndsWith("-duesoon", StringComparison.Ordinal) || entry.What.EndsWith("-overdue", StringComparison.Ordinal))
        {
            return DateTimeOffset.TryParse(entry.Detail, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var due)
                ? $"{text["due"]} {ThaiDates.DayAndTime(due, text.English)}"
                : entry.Detail;
        }

        // "Outcome: summary", as ComplaintTimelineProjection writes a resolution.
        var (outcome, summary) = entry.Detail.Split(": ", 2) is [var key, var rest] ? (key, rest) : (entry.Detail, "");
        return entry.What == "resolved" && Enum.TryParse<ComplaintOutcome>(outcome, out var known)
            ? $"{text["outcome-" + known]}{(summary.Length > 0 ? ": " + summary : "")}"
            : entry.Detail;
    }
}
