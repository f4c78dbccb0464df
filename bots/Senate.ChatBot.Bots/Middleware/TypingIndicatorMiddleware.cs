using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.Bots.Middleware;

/// <summary>
/// When answering a message takes longer than a moment, shows "typing…" (LINE: the loading animation)
/// and repeats it until the first answer goes out, so the person knows the bot is working.
/// </summary>
public sealed class TypingIndicatorMiddleware(TimeProvider time) : IMiddleware
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(4);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = false;
        turnContext.OnSendActivities(async (_, activities, sendNext) =>
        {
            if (!finished && activities.Any(a => a.Type == ActivityTypes.Message))
            {
                await done.CancelAsync();
            }

            return await sendNext();
        });

        var typing = SendTypingAsync(turnContext, done.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            finished = true;
            await done.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Delay, time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await Task.Delay(Period, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished; no more typing.
        }
    }
}
