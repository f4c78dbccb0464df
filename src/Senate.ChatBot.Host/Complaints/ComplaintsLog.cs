namespace Senate.ChatBot.Host.Complaints;

/// <summary>The complaint register's background log events: counts and exception types only, never complaint content or who filed it.</summary>
internal static partial class ComplaintsLog
{
    [LoggerMessage(EventId = 4000, EventName = "ComplaintWarningsRaised", Level = LogLevel.Information, Message = "Complaint clock raised warnings on {Count} complaints")]
    public static partial void WarningsRaised(ILogger logger, int count);

    [LoggerMessage(EventId = 4001, EventName = "ComplaintClockFailed", Level = LogLevel.Error, Message = "Complaint clock run failed with {ExceptionType}; trying again shortly")]
    public static partial void ClockFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 4002, EventName = "ComplaintNotificationsDelivered", Level = LogLevel.Debug, Message = "Handed {Count} complaint notifications to channel {Channel}")]
    public static partial void NotificationsDelivered(ILogger logger, int count, string channel);

    [LoggerMessage(EventId = 4003, EventName = "ComplaintDeliveryFailed", Level = LogLevel.Error, Message = "Complaint notification delivery failed with {ExceptionType}; trying again shortly")]
    public static partial void DeliveryFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 4004, EventName = "ComplaintsAnonymised", Level = LogLevel.Information, Message = "Retention: personal data erased from {Count} complaints")]
    public static partial void Anonymised(ILogger logger, int count);

    [LoggerMessage(EventId = 4005, EventName = "ComplaintRetentionFailed", Level = LogLevel.Error, Message = "Retention run failed with {ExceptionType}; trying again tomorrow")]
    public static partial void RetentionFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 4006, EventName = "UnfiledAttachmentsDeleted", Level = LogLevel.Information, Message = "Retention: {Count} files never filed with a complaint deleted")]
    public static partial void UnfiledAttachmentsDeleted(ILogger logger, int count);
}
