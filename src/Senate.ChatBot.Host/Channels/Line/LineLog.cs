namespace Senate.ChatBot.Host.Channels.Line;

/// <summary>
/// The LINE channel's log events. None carries message text, names, tokens or LINE ids: only
/// types, counts, status codes and exception types.
/// </summary>
internal static partial class LineLog
{
    [LoggerMessage(EventId = 2000, EventName = "LineWebhookRejected", Level = LogLevel.Warning, Message = "LINE webhook rejected: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 2001, EventName = "LineEventsStored", Level = LogLevel.Debug, Message = "LINE webhook stored {Stored} of {Received} events")]
    public static partial void EventsStored(ILogger logger, int stored, int received);

    [LoggerMessage(EventId = 2002, EventName = "LineInboxUnavailable", Level = LogLevel.Error, Message = "LINE inbox unavailable: {ExceptionType}")]
    public static partial void InboxUnavailable(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 2003, EventName = "LineEventFailed", Level = LogLevel.Error, Message = "LINE event failed on try {Attempt} (set aside: {SetAside}) with {ExceptionType}")]
    public static partial void EventFailed(ILogger logger, int attempt, bool setAside, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 2004, EventName = "LineEventIgnored", Level = LogLevel.Information, Message = "LINE event of type {EventType} acknowledged without handling")]
    public static partial void EventIgnored(ILogger logger, string eventType);

    [LoggerMessage(EventId = 2005, EventName = "LineReplyFellBackToPush", Level = LogLevel.Information, Message = "LINE answer pushed instead of replied: {Reason}")]
    public static partial void ReplyFellBackToPush(ILogger logger, string reason);

    [LoggerMessage(EventId = 2006, EventName = "LinePushQueued", Level = LogLevel.Warning, Message = "LINE push failed ({ExceptionType}); kept in the outbox for a later try")]
    public static partial void PushQueued(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 2007, EventName = "LineOutboxPushFailed", Level = LogLevel.Warning, Message = "LINE outbox push failed on try {Attempt} with status {Status} (given up: {GivenUp})")]
    public static partial void OutboxPushFailed(ILogger logger, int attempt, int status, bool givenUp);

    [LoggerMessage(EventId = 2008, EventName = "LineLoadingFailed", Level = LogLevel.Debug, Message = "LINE loading animation not shown: {ExceptionType}")]
    public static partial void LoadingFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 2009, EventName = "LineAccountLinked", Level = LogLevel.Information, Message = "LINE account link finished: {Outcome}")]
    public static partial void AccountLink(ILogger logger, string outcome);

    [LoggerMessage(EventId = 2011, EventName = "LineReplyAlreadySent", Level = LogLevel.Information, Message = "LINE reply not repeated: an earlier try of this event already used the reply token")]
    public static partial void ReplyAlreadySent(ILogger logger);

    [LoggerMessage(EventId = 2010, EventName = "LineRichMenuFailed", Level = LogLevel.Warning, Message = "LINE rich menu not set: {ExceptionType}")]
    public static partial void RichMenuFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 2012, EventName = "LineMediaStored", Level = LogLevel.Information, Message = "LINE {MessageType} content stored ({Length} bytes)")]
    public static partial void MediaStored(ILogger logger, string messageType, long length);

    [LoggerMessage(EventId = 2013, EventName = "LineMediaRefused", Level = LogLevel.Information, Message = "LINE {MessageType} content not taken: {Reason}")]
    public static partial void MediaRefused(ILogger logger, string messageType, string reason);

    [LoggerMessage(EventId = 2014, EventName = "LineMediaUnavailable", Level = LogLevel.Warning, Message = "LINE {MessageType} content could not be fetched: status {Status}, {ExceptionType}")]
    public static partial void MediaUnavailable(ILogger logger, string messageType, int status, string exceptionType);
}
