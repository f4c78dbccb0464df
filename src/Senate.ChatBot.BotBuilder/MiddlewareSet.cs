namespace Senate.ChatBot.BotBuilder;

/// <summary>Middleware in the order added; the first added runs first on the way in.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        RunAsync(turnContext, 0, _ => next(cancellationToken), cancellationToken);

    /// <summary>Runs every middleware and then <paramref name="callback"/>, if any.</summary>
    public Task ReceiveActivityWithStatusAsync(
        ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken = default) =>
        RunAsync(turnContext, 0, ct => callback is null ? Task.CompletedTask : callback(turnContext, ct), cancellationToken);

    private Task RunAsync(ITurnContext turnContext, int index, NextDelegate last, CancellationToken cancellationToken) =>
        index < _middleware.Count
            ? _middleware[index].OnTurnAsync(turnContext, ct => RunAsync(turnContext, index + 1, last, ct), cancellationToken)
            : last(cancellationToken);
}
