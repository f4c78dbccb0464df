using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder;

/// <summary>
/// Connects the bot to a channel. A channel adapter turns its wire format into an
/// <see cref="Activity"/>, calls <see cref="RunPipelineAsync"/>, and sends what the bot answers.
/// </summary>
public abstract class BotAdapter(TimeProvider? timeProvider = null)
{
    public TimeProvider TimeProvider { get; } = timeProvider ?? TimeProvider.System;

    public MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called with any exception a turn throws (except cancellation); when null the exception propagates.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    /// <summary>Replaces a sent activity; channels that cannot (LINE) keep this default.</summary>
    public virtual Task<ResourceResponse> UpdateActivityAsync(
        ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot update activities.");

    public virtual Task DeleteActivityAsync(
        ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot delete activities.");

    /// <summary>Runs a proactive turn on an existing conversation (for example a reminder or status push).</summary>
    public virtual Task ContinueConversationAsync(
        ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var context = new TurnContext(this, reference.GetContinuationActivity());
        return RunPipelineAsync(context, callback, cancellationToken);
    }

    /// <summary>Runs the middleware and then the bot for one turn, routing failures to <see cref="OnTurnError"/>.</summary>
    protected async Task RunPipelineAsync(
        ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken);
        }
        catch (Exception exception) when (OnTurnError is not null && exception is not OperationCanceledException)
        {
            await OnTurnError(turnContext, exception);
        }
    }
}
