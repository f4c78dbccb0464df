using Microsoft.Extensions.DependencyInjection;

namespace Senate.ChatBot.Features.Demo;

public static class DemoSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) =>
        services.AddSingleton<DemoSeeder>();
}
