using Senate.ChatBot.Features.Demo;

namespace Senate.ChatBot.Host.Demo;

/// <summary>
/// With <c>Demo__Seed=true</c> (script/server sets it) the host loads the demonstration data once it
/// has started, and with <c>Demo__Complaints=true</c> (script/server too) a dozen complaints for the desk.
/// Seeding is idempotent, so every restart may do it; production never sets the switches.
/// </summary>
internal static class DemoSeeding
{
    public static WebApplicationBuilder AddDemoSeeding(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Demo:Seed"))
        {
            builder.Services.AddHostedService<DemoSeedingService>();
        }

        if (builder.Configuration.GetValue<bool>("Demo:Complaints"))
        {
            builder.Services.AddHostedService<DemoComplaintsService>();
        }

        return builder;
    }

    private sealed class DemoSeedingService(DemoSeeder seeder) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => seeder.SeedAsync(stoppingToken);
    }

    private sealed class DemoComplaintsService(DemoSeeder seeder) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => seeder.SeedComplaintsAsync(stoppingToken);
    }
}
