namespace Senate.ChatBot.Features.Meetings;

public enum MeetingStatus
{
    Scheduled,
    Postponed,
    Cancelled,
    Held,
}
