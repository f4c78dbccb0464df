namespace Senate.ChatBot.Features.Meetings;

/// <summary>Where people fetch a meeting's calendar file: the public address of this service.</summary>
public sealed class MeetingLinkOptions
{
    public const string Section = "Meetings";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string CalendarUrl(string meetingId) =>
        $"{PublicBaseUrl.TrimEnd('/')}/meetings/{Uri.EscapeDataString(meetingId)}.ics";
}
