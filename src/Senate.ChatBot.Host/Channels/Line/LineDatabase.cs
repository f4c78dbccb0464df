using System.Text.RegularExpressions;
using Npgsql;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Channels.Line;

/// <summary>
/// The LINE tables (webhook inbox, push outbox, account-link nonces) in the Marten schema. They are plain tables,
/// not documents, because claiming "the oldest event of each person" and skipping duplicates are
/// single SQL statements. Created on first use, so no start-up order matters.
/// </summary>
internal sealed partial class LineDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lazy<Task> _created;

    public LineDatabase(IConfiguration configuration)
    {
        var schema = configuration["Marten:Schema"] ?? "senate";
        if (!Identifier().IsMatch(schema))
        {
            throw new InvalidOperationException("The setting Marten__Schema must be a plain lower-case identifier.");
        }

        Inbox = $"{schema}.line_inbox";
        Outbox = $"{schema}.line_outbox";
        Nonces = $"{schema}.line_link_nonce";
        _dataSource = NpgsqlDataSource.Create(configuration.GetRequiredSetting("ConnectionStrings:Postgres"));
        _created = new Lazy<Task>(() => CreateAsync(schema));
    }

    public string Inbox { get; }

    public string Outbox { get; }

    public string Nonces { get; }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _created.Value.WaitAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task CreateAsync(string schema)
    {
        await using var command = _dataSource.CreateCommand($"""
            create schema if not exists {schema};
            create table if not exists {Inbox} (
                seq bigserial primary key,
                event_id text not null unique,
                source_key text not null,
                event_ts bigint not null,
                event text not null,
                received_at timestamptz not null,
                attempts int not null default 0,
                next_attempt_at timestamptz not null,
                lease_until timestamptz,
                done_at timestamptz,
                failed boolean not null default false);
            create index if not exists line_inbox_pending on {Inbox} (source_key, event_ts, seq) where done_at is null;
            create table if not exists {Outbox} (
                retry_key uuid primary key,
                recipient text not null,
                messages text not null,
                created_at timestamptz not null,
                attempts int not null default 0,
                next_attempt_at timestamptz not null,
                lease_until timestamptz,
                sent_at timestamptz,
                failed boolean not null default false);
            create index if not exists line_outbox_due on {Outbox} (next_attempt_at) where sent_at is null;
            create table if not exists {Nonces} (
                nonce_hash text primary key,
                member_number text not null,
                expires_at timestamptz not null,
                used_at timestamptz);
            """);
        // Two hosts starting at once may race on "if not exists"; the loser simply finds the objects there.
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject)
        {
            await command.ExecuteNonQueryAsync();
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
