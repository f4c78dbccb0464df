using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Senate.ChatBot.Testing;

/// <summary>
/// The real host against the real PostgreSQL and Redis. Each factory gets its own Marten schema,
/// so test classes never see each other's documents.
/// </summary>
public class SenateHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="overrides">Settings by configuration key (Section:Name).</param>
    /// <param name="services">Replaces services, e.g. a FakeTimeProvider for TimeProvider.</param>
    public SenateHostFactory(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        var ownSchema = $"t_{Guid.NewGuid():N}"[..20];
        _settings = new()
        {
            ["ConnectionStrings:Postgres"] = TestSettings.Postgres,
            ["ConnectionStrings:Redis"] = TestSettings.Redis,
            ["Marten:Schema"] = ownSchema,
            ["Line:ChannelSecret"] = TestSettings.LineChannelSecret,
            ["Line:ChannelAccessToken"] = TestSettings.LineChannelAccessToken,
            ["DirectLine:Secret"] = TestSettings.DirectLineSecret,
            ["Desk:AdminUser"] = TestSettings.DeskAdminUser,
            ["Desk:AdminPassword"] = TestSettings.DeskAdminPassword,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        Schema = _settings["Marten:Schema"]!;
    }

    /// <summary>This host's Marten schema; dropped when the factory is disposed. Hosts that share one pass it as an override.</summary>
    public string Schema { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await using var connection = new NpgsqlConnection(TestSettings.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {Schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
        GC.SuppressFinalize(this);
    }
}
