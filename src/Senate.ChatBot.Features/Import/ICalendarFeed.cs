using System.Globalization;
using Ical.Net.CalendarComponents;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Import;

/// <summary>
/// Meetings from an iCalendar feed: UID is the meeting id, the first CATEGORIES value (or X-SENATE-BODY)
/// the body, SUMMARY the title, DESCRIPTION lines the agenda, LOCATION the room, STATUS:CANCELLED a
/// cancellation, CLASS:PRIVATE or CONFIDENTIAL a closed meeting, X-SENATE-INVITED the member numbers.
/// </summary>
public static class ICalendarFeed
{
    public static IReadOnlyList<SourceRow> Rows(string ics)
    {
        var calendar = Ical.Net.Calendar.Load(ics) ?? throw new FormatException("No VCALENDAR found.");
        return [.. calendar.Events.Select((e, index) => new SourceRow(index + 1, Fields(e)))];
    }

    private static Dictionary<string, string> Fields(CalendarEvent e)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = e.Uid ?? "",
            ["body"] = Custom(e, "X-SENATE-BODY") ?? e.Categories.FirstOrDefault() ?? "",
            ["title"] = e.Summary ?? "",
            ["agenda"] = string.Join(';', (e.Description ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            ["room"] = e.Location ?? "",
            ["status"] = string.Equals(e.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase) ? nameof(MeetingStatus.Cancelled) : "",
            ["public"] = e.Class is null or "PUBLIC" ? "true" : "false",
            ["invited"] = Custom(e, "X-SENATE-INVITED") ?? "",
            ["start"] = Iso(e.DtStart),
            ["end"] = Iso(e.DtEnd),
        };
        return fields;
    }

    // A floating time (no zone) is read as Bangkok time by SourceRow, like the other formats.
    private static string Iso(Ical.Net.DataTypes.CalDateTime? value) => value switch
    {
        null => "",
        { TzId: null } => value.Value.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        _ => new DateTimeOffset(value.AsUtc, TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture),
    };

    private static string? Custom(CalendarEvent e, string name) =>
        e.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.ToString();
}
