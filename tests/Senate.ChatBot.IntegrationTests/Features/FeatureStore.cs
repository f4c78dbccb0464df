using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Demo;
using Senate.ChatBot.Features.Import;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Features;

/// <summary>
/// The meetings, members and bookshelf services (only these, so other features' work cannot disturb
/// them) over a real PostgreSQL in a schema of their own, with time fixed at
/// Thursday 26 November 2026, 08:30 in Bangkok. Dropped when disposed.
/// </summary>
public sealed class FeatureStore : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    private readonly string _schema = $"f_{Guid.NewGuid():N}"[..20];

    public FeatureStore(Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddMarten(options =>
        {
            options.Connection(TestSettings.Postgres);
            options.DatabaseSchemaName = _schema;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.AddMeetingDocuments();
            options.AddMemberRecordDocuments();
            options.AddBookshelfDocuments();
            options.AddComplaintDocuments();
        });
        services.AddMeetings();
        services.AddMemberRecords();
        services.AddBookshelf();
        services.AddSenateImport();
        services.AddDemoData();
        services.AddComplaints();
        services.AddMemberLinking();
        more?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(BangkokTime.At(Today, new TimeOnly(8, 30)));

    public ServiceProvider Services { get; }

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync() => await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await using var connection = new NpgsqlConnection(TestSettings.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {_schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
