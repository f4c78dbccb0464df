using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.Bots.Ordering;

namespace Senate.ChatBot.Bots.Adapters;

/// <summary>The parts a channel adapter needs from the bot side, as one constructor argument.</summary>
public sealed record BotRuntime(
    IBot Bot,
    ConversationTurnGate Gate,
    IEnumerable<IMiddleware> Middleware,
    TurnErrorHandler ErrorHandler,
    TimeProvider Time);
