using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Senate.ChatBot.Features.Meetings;

/// <summary>A meeting as an iCalendar file (RFC 5545) for "add to calendar"; times in UTC, which every calendar converts.</summary>
public static class MeetingCalendarFile
{
    public static string For(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Senate ChatBot//Meetings//TH" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = meeting.Id + "@senate-chatbot",
            Summary = $"{meeting.BodyThai}: {meeting.Title}",
            Description = string.Join('\n', meeting.Agenda),
            Location = meeting.Room,
            DtStart = new CalDateTime(meeting.Start.UtcDateTime, "UTC"),
            DtEnd = new CalDateTime(meeting.End.UtcDateTime, "UTC"),
            Status = meeting.Status == MeetingStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
