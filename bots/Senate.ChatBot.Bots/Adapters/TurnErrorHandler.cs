using Microsoft.Extensions.Logging;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.Bots.Middleware;

namespace Senate.ChatBot.Bots.Adapters;

/// <summary>
/// An unexpected failure in a turn: apologise in the person's language and forget the conversation's
/// dialog state, so the next message starts cleanly instead of failing the same way again.
/// </summary>
public sealed partial class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        LogTurnFailed(logger, exception.GetType().Name, turnContext.Activity.ChannelId, exception);
        try
        {
            await conversationState.DeleteAsync(turnContext);
            var thai = LocaleMiddleware.IsThai(turnContext);
            await turnContext.SendActivityAsync(thai
                ? "ขออภัย ระบบขัดข้องชั่วคราว เรื่องที่คุยค้างไว้ต้องเริ่มใหม่ กรุณาพิมพ์สิ่งที่ต้องการอีกครั้ง"
                : "Sorry, something went wrong on our side and we had to start over. Please tell me again what you need.");
        }
        catch (Exception secondary) when (secondary is not OperationCanceledException)
        {
            LogApologyFailed(logger, secondary.GetType().Name, secondary);
        }
    }

    // Exception messages can quote user input, so the log names only the exception type and channel.
    [LoggerMessage(EventId = 1001, EventName = "TurnFailed", Level = LogLevel.Error, Message = "A turn failed with {ExceptionType} on {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string? channelId, Exception exception);

    [LoggerMessage(EventId = 1002, EventName = "ApologyFailed", Level = LogLevel.Error, Message = "Could not apologise after a failed turn: {ExceptionType}")]
    private static partial void LogApologyFailed(ILogger logger, string exceptionType, Exception exception);
}
