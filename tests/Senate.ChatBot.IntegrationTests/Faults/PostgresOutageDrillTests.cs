using System.Net;
using System.Text.Json;
using Npgsql;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.IntegrationTests.Line;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Faults;

/// <summary>PostgreSQL (a cluster of this test's own) goes away for a while and comes back.</summary>
public sealed class PostgresOutageDrillTests
{
    [Fact]
    public async Task Webhook_answers_503_while_postgres_is_down_stores_nothing_and_the_redelivery_is_answered_once()
    {
        using var postgres = new PostgresServerProcess();
        await using var host = await LineHost.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = postgres.ConnectionString });
        var user = host.NewFriend();
        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));
        var perAnswer = (await host.Fake.WaitForMessagesAsync(user, 1)).Count;
        // The reply leaves before the event is marked done; stopping in between would leave that event leased
        // at the head of the user's queue until its lease runs out, which is not the outage this drill is about.
        await LineHost.EventuallyAsync(async () =>
            await CountAsync(postgres, "select count(*) from {schema}.line_inbox where done_at is not null", host.Factory.Schema) == 1,
            "the first event finished");

        postgres.Stop();
        // Two events in one request: during the outage neither may be stored, so LINE's redelivery brings both.
        var batch = new[] { host.Fake.UserText(user, "ช่วยเหลือ"), host.Fake.UserText(user, "ช่วยเหลือ") };
        using (var refused = await host.Fake.SendAsync(batch))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(503, (await JsonSerializer.DeserializeAsync<JsonElement>(await refused.Content.ReadAsStreamAsync())).GetProperty("status").GetInt32());
            Assert.True(refused.Headers.RetryAfter is not null, "503 says when to try again");
        }

        postgres.Start();
        Assert.Equal(1L, await CountAsync(postgres, "select count(*) from {schema}.line_inbox", host.Factory.Schema));

        // LINE redelivers (same ids, isRedelivery) until it gets a 200; the first tries may meet connections the restart broke.
        var redelivery = batch.Select(LineEvents.AsRedelivery).ToArray();
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await host.Fake.SendAsync(redelivery);
            status = response.StatusCode;
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"webhook answered {(int)status}");
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(250);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3 * perAnswer, (await host.Fake.WaitForMessagesAsync(user, 3 * perAnswer, TimeSpan.FromSeconds(30))).Count);
        await LineHost.EventuallyAsync(async () =>
            await CountAsync(postgres, "select count(*) from {schema}.line_inbox where done_at is not null and not failed", host.Factory.Schema) == 3,
            "all three events finished");
        await Task.Delay(500);
        Assert.Equal(3 * perAnswer, host.Fake.State.MessagesTo(user).Count);
    }

    private static async Task<long> CountAsync(PostgresServerProcess postgres, string sql, string schema)
    {
        // Unpooled: a pooled connection from before the restart would be dead after it.
        await using var connection = new NpgsqlConnection(postgres.ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", schema, StringComparison.Ordinal), connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
