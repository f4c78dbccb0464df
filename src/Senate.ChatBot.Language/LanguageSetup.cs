using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Language.Clu;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Language;

public static class LanguageSetup
{
    public static IServiceCollection AddLanguageUnderstanding(this IServiceCollection services)
    {
        services.AddOptions<CluOptions>()
            .BindConfiguration(CluOptions.Section)
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.Key), "The setting Clu__Key is missing (Clu__Endpoint is set).")
            .ValidateOnStart();
        services.AddSingleton<IIntentRecognizer, KeywordRecognizer>();
        return services;
    }
}
