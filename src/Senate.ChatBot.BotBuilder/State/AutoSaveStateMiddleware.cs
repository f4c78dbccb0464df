namespace Senate.ChatBot.BotBuilder.State;

/// <summary>Saves the given states after the bot handled the turn (only those that changed are written).</summary>
public sealed class AutoSaveStateMiddleware(params BotState[] botStates) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken);
        foreach (var state in botStates)
        {
            await state.SaveChangesAsync(turnContext, false, cancellationToken);
        }
    }
}
