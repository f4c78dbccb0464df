using JasperFx;
using Marten;
using Senate.ChatBot.Features;
using Senate.ChatBot.Host.Hosting;
using StackExchange.Redis;

namespace Senate.ChatBot.Host.Storage;

internal static class StorageSetup
{
    /// <summary>PostgreSQL (through Marten) keeps what must not be lost; Redis keeps dialog state and fan-out.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var postgres = builder.Configuration.GetRequiredSetting("ConnectionStrings:Postgres");
        var redis = builder.Configuration.GetRequiredSetting("ConnectionStrings:Redis");
        var schema = builder.Configuration["Marten:Schema"] ?? "senate";

        builder.Services.AddMarten(options =>
            {
                options.Connection(postgres);
                options.DatabaseSchemaName = schema;
                options.Events.DatabaseSchemaName = schema;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.AddSenateDocuments();
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();

        builder.Services.AddSenateFeatures();

        // A missing Redis must not stop the host from starting: /health/ready reports it instead.
        var redisOptions = ConfigurationOptions.Parse(redis);
        redisOptions.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));

        builder.Services.AddHealthChecks()
            .AddNpgSql(postgres, name: "postgres", tags: [HealthSetup.ReadyTag], timeout: TimeSpan.FromSeconds(3))
            .AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis", tags: [HealthSetup.ReadyTag], timeout: TimeSpan.FromSeconds(3));
        return builder;
    }
}
