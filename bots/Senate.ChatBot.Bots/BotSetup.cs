using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.Bots.Adapters;
using Senate.ChatBot.Bots.Middleware;
using Senate.ChatBot.Bots.Ordering;
using Senate.ChatBot.Dialogs;
using StackExchange.Redis;

namespace Senate.ChatBot.Bots;

public static class BotSetup
{
    /// <summary>The bot, its dialogs, state in Redis, product middleware and per-conversation turn order.</summary>
    public static IServiceCollection AddSenateBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<IStorage>(sp => new RedisStorage(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            new RedisStorageOptions
            {
                TimeToLive = TimeSpan.FromDays(sp.GetRequiredService<IOptions<BotOptions>>().Value.ConversationStateIdleDays),
            }));
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<ConversationTurnGate>();

        // Order matters: logging sees the whole turn, the locale is known before anything answers.
        services.AddSingleton<IMiddleware, TurnLoggingMiddleware>();
        services.AddSingleton<IMiddleware, LocaleMiddleware>();
        services.AddSingleton<IMiddleware, TypingIndicatorMiddleware>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<BotRuntime>();

        services.AddSenateDialogs();
        services.AddSingleton<IBot, SenateBot>();
        return services;
    }
}
