using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>How close a complaint is to its answer deadline, as the inbox colours and words it.</summary>
internal enum Urgency
{
    OnTime,
    DueSoon,
    Overdue,
    Paused,
    Closed,
}

/// <summary>One inbox line: the complaint and the office time left before its answer is due.</summary>
internal sealed record InboxRow(Complaint Complaint, Urgency Urgency, int DaysLeft, int HoursLeft)
{
    public static InboxRow Of(Complaint complaint, BusinessCalendar calendar, UrgencyBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(bounds);
        var urgency = bounds.Of(complaint);
        if (urgency == Urgency.Closed)
        {
            return new(complaint, urgency, 0, 0);
        }

        // Time left counts office hours only, as the promise is made in business days.
        var left = calendar.BusinessTimeBetween(bounds.Now, complaint.DueAt);
        // Whole hours, rounded down so the desk never believes it has more time than it has; 8 hours make a day.
        var totalHours = (int)Math.Floor(left.TotalHours);
        var perDay = (int)BusinessCalendar.OfficeDay.TotalHours;
        return new(complaint, urgency, totalHours / perDay, totalHours % perDay);
    }
}
