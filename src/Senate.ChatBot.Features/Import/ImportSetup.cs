using Microsoft.Extensions.DependencyInjection;

namespace Senate.ChatBot.Features.Import;

public static class ImportSetup
{
    public static IServiceCollection AddSenateImport(this IServiceCollection services) =>
        services.AddSingleton<SenateImporter>();
}
