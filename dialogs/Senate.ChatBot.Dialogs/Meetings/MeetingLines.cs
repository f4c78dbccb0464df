using System.Globalization;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Dialogs.Meetings;

/// <summary>Meetings as numbered plain sentences, the way a screen reader should say them.</summary>
public static class MeetingLines
{
    public const int MaxListed = 10;

    /// <summary>One line; the day is named when the list spans several days.</summary>
    public static string Line(Meeting meeting, bool english, bool withDay)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var when = withDay
            ? $"{ThaiDates.Day(BangkokTime.DateOf(meeting.Start), english)} {ThaiDates.TimeRange(meeting.Start, meeting.End, english)}"
            : ThaiDates.TimeRange(meeting.Start, meeting.End, english);
        var where = string.IsNullOrWhiteSpace(meeting.Room) ? "" : (english ? $", {meeting.Room}" : $" ณ {meeting.Room}");
        return $"{when} {meeting.Body(english)} {meeting.Title}{where}{StatusNote(meeting.Status, english)}";
    }

    /// <summary>The first <see cref="MaxListed"/> as "1. …" lines, and how many more there are; <paramref name="withDay"/> when the question was not about one day.</summary>
    public static string List(IReadOnlyList<Meeting> meetings, bool english, bool withDay)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var lines = meetings.Take(MaxListed).Select((m, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {Line(m, english, withDay)}"));
        var more = meetings.Count - MaxListed;
        var tail = more > 0
            ? [english ? $"…and {more} more. Ask for one committee or one day to see fewer." : $"และอีก {more} รายการ ถามเฉพาะคณะกรรมาธิการหรือเฉพาะวันเพื่อดูให้ละเอียดขึ้นได้ค่ะ"]
            : Array.Empty<string>();
        return string.Join('\n', lines.Concat(tail));
    }

    public static string Span(DateOnly first, DateOnly last, bool english) =>
        first == last
            ? ThaiDates.Day(first, english)
            : english ? $"from {ThaiDates.Day(first, true)} to {ThaiDates.Day(last, true)}" : $"ตั้งแต่{ThaiDates.Day(first)} ถึง{ThaiDates.Day(last)}";

    private static string StatusNote(MeetingStatus status, bool english) => status switch
    {
        MeetingStatus.Cancelled => english ? " (cancelled)" : " (งดประชุม)",
        MeetingStatus.Postponed => english ? " (postponed)" : " (เลื่อนการประชุม)",
        _ => "",
    };
}
