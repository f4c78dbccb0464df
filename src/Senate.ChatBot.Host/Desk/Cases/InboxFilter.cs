using System.Linq.Expressions;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>The inbox's views: each link shows how many complaints it holds.</summary>
internal enum InboxView
{
    All,
    Overdue,
    DueSoon,
    Unassigned,
    Escalated,
    Mine,
}

/// <summary>What the officer asked the inbox for, read from the query string so a view can be bookmarked.</summary>
internal sealed record InboxFilter(
    InboxView View, ComplaintStage? Stage, ComplaintChannel? Channel, ComplaintCategory? Category, string? Search, int Page = 1)
{
    /// <summary>The longest search the inbox accepts; longer input is cut rather than refused.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>The conditions PostgreSQL applies for <paramref name="view"/>: the user's scope, then this filter's status, channel, category and search.</summary>
    public IEnumerable<Expression<Func<Complaint, bool>>> Conditions(InboxView view, UrgencyBounds bounds, string userId, bool supervisor)
    {
        // Officers work unassigned cases and their own; supervisors see everything.
        if (!supervisor)
        {
            yield return c => c.OfficerId == null || c.OfficerId == userId;
        }

        if (Stage is { } stage)
        {
            yield return c => c.Stage == stage;
        }
        else
        {
            yield return c => c.IsOpen;
        }

        if (Channel is { } channel)
        {
            yield return c => c.Channel == channel;
        }

        if (Category is { } category)
        {
            yield return c => c.Category == category;
        }

        var term = Search?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            term = term[..Math.Min(term.Length, MaxSearchLength)];
            yield return c => c.SearchText.Contains(term, StringComparison.OrdinalIgnoreCase);
        }

        if (Condition(view, bounds, userId) is { } inView)
        {
            yield return inView;
        }
    }

    /// <summary>A view as a database condition; the urgency views use the same bounds as each row's colour.</summary>
    private static Expression<Func<Complaint, bool>>? Condition(InboxView view, UrgencyBounds bounds, string userId)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        return view switch
        {
            InboxView.Overdue => bounds.Overdue(),
            InboxView.DueSoon => bounds.DueSoon(),
            InboxView.Unassigned => c => c.IsOpen && c.OfficerId == null,
            InboxView.Escalated => c => c.IsOpen && c.Escalated,
            InboxView.Mine => c => c.OfficerId == userId,
            _ => null,
        };
    }
}
