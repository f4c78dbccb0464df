using Marten;
using Senate.ChatBot.Features;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Demo;

namespace Senate.ChatBot.Bench.Desk;

/// <summary>
/// Files the demo's complaints (<see cref="DemoComplaints"/>) straight into the bench schema's register,
/// thousands of them: every channel and category, received over seven business days, a third
/// assigned, the oldest resolved, the overdue ones escalated.
/// </summary>
internal static class DeskSeed
{
    private const int PerSession = 500;

    public static async Task FileAsync(string connectionString, int count)
    {
        using var store = DocumentStore.For(o =>
        {
            o.Connection(connectionString);
            o.DatabaseSchemaName = BenchSettings.Schema;
            o.Events.DatabaseSchemaName = BenchSettings.Schema;
            o.AddSenateDocuments();
        });
        var calendar = await new BusinessCalendars(store, TimeProvider.System).CurrentAsync();
        var (now, random) = (DateTimeOffset.UtcNow, new Random(20261126));
        for (var filed = 0; filed < count; filed += PerSession)
        {
            await using var session = store.LightweightSession();
            for (var i = filed; i < Math.Min(count, filed + PerSession); i++)
            {
                // Received within the last seven business days: most are still open, which is what the inbox counts.
                var (id, events) = DemoComplaints.Complaint(i, 7 * BusinessCalendar.OfficeDay * random.NextDouble(), calendar, now);
                session.Events.StartStream<Complaint>(id, events);
            }

            await session.SaveChangesAsync();
        }
    }
}
