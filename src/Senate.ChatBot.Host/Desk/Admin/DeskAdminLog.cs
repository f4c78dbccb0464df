namespace Senate.ChatBot.Host.Desk.Admin;

/// <summary>What administrators change, as event names and counts: never a code, a member number, a name or a user id.</summary>
internal static partial class DeskAdminLog
{
    [LoggerMessage(EventId = 3101, EventName = "CalendarDayChanged", Level = LogLevel.Information, Message = "Desk changed a calendar day (holiday: {IsHoliday}); {Moved} open complaints got new due dates")]
    public static partial void DayChanged(ILogger logger, bool isHoliday, int moved);

    [LoggerMessage(EventId = 3102, EventName = "CalendarChangeRefused", Level = LogLevel.Information, Message = "Desk calendar change refused: {Problem}")]
    public static partial void DayRefused(ILogger logger, string problem);

    [LoggerMessage(EventId = 3103, EventName = "EnrolmentCodeIssued", Level = LogLevel.Information, Message = "Desk issued an enrolment code")]
    public static partial void CodeIssued(ILogger logger);

    [LoggerMessage(EventId = 3104, EventName = "EnrolmentCodeRevoked", Level = LogLevel.Information, Message = "Desk revoked a member's enrolment codes")]
    public static partial void CodeRevoked(ILogger logger);

    [LoggerMessage(EventId = 3105, EventName = "EnrolmentCodeRefused", Level = LogLevel.Information, Message = "Desk enrolment code refused: the member number is unknown")]
    public static partial void CodeRefused(ILogger logger);
}
