using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Senate.ChatBot.Language.Clu;
using Senate.ChatBot.Language.Embedded;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Entities.Committees;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Language;

public static class LanguageSetup
{
    /// <summary>
    /// The embedded recognizer, and the Azure CLU adapter in front of it when <c>Clu__Endpoint</c> is set.
    /// The meetings feature may register its own <see cref="ICommitteeNameSource"/>; the 21 standing committees are the default.
    /// </summary>
    public static IServiceCollection AddLanguageUnderstanding(this IServiceCollection services)
    {
        services.AddOptions<CluOptions>()
            .BindConfiguration(CluOptions.Section)
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.Key), "The setting Clu__Key is missing (Clu__Endpoint is set).")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.BreakDuration > TimeSpan.Zero, "Clu__Timeout and Clu__BreakDuration must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICommitteeNameSource, StandingCommittees>();
        services.AddSingleton<EntityExtractor>();
        services.TryAddSingleton(_ => IntentModel.LoadShipped());
        services.AddSingleton<EmbeddedRecognizer>();
        services.AddHostedService<RecognizerWarmUp>();
        services.AddHttpClient<CluRecognizer>()
            .AddResilienceHandler("clu", (pipeline, context) =>
            {
                var clu = context.ServiceProvider.GetRequiredService<IOptions<CluOptions>>().Value;

                // The breaker sits outside the per-call timeout so that timeouts count as failures too.
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 4,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = clu.BreakDuration,
                });
                pipeline.AddTimeout(clu.Timeout);
            });
        services.AddSingleton<IIntentRecognizer>(sp => sp.GetRequiredService<IOptions<CluOptions>>().Value.IsConfigured
            ? sp.GetRequiredService<CluRecognizer>()
            : sp.GetRequiredService<EmbeddedRecognizer>());
        return services;
    }
}
