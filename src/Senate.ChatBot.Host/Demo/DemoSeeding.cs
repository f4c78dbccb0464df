using Senate.ChatBot.Features.Demo;

namespace Senate.ChatBot.Host.Demo;

/// <summary>
/// With <c>Demo__Seed=true</c> (script/server sets it) the host loads the demonstration data once it
/// has started. Seeding is idempotent, so every restart may do it; production never sets the switch.
/// </summary>
internal static class DemoSeeding
{
    public static WebApplicationBuilder AddDemoSeeding(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Demo:Seed"))
        {
            builder.Services.AddHostedService<DemoSeedingService>();
        }

        return builder;
    }

    private sealed class DemoSeedingService(DemoSeeder seeder) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => seeder.SeedAsync(stoppingToken);
    }
}
