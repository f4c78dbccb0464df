using System.Diagnostics.CodeAnalysis;

namespace Senate.ChatBot.BotBuilder;

/// <summary>
/// Runs around every turn. Work before <c>next</c> happens on the way in, work after it on the way
/// out; not calling <c>next</c> short-circuits the turn.
/// </summary>
public interface IMiddleware
{
    [SuppressMessage("Naming", "CA1716", Justification = "Bot Framework's parameter name.")]
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}

/// <summary>The bot itself: handles one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
