using System.Globalization;
using Marten;
using Senate.ChatBot.Features;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Bench.Desk;

/// <summary>
/// Files complaints straight into the bench schema's register, as the bot and the desk would have
/// over the past weeks: every channel and category, received over twenty business days (so some are
/// overdue, some due soon), about a third assigned, one in ten resolved, one in fifty escalated.
/// </summary>
internal static class DeskSeed
{
    private const int PerSession = 500;

    private static readonly string[] Subjects = ["อาคารสถานที่", "การประชุม", "เจ้าหน้าที่", "เว็บไซต์", "ที่จอดรถ", "ลิฟต์"];

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
        var now = DateTimeOffset.UtcNow;
        var random = new Random(20261126);
        var officer = Actor.Officer("bench.officer", "เจ้าหน้าที่ทดสอบ");
        for (var filed = 0; filed < count; filed += PerSession)
        {
            await using var session = store.LightweightSession();
            for (var i = filed; i < Math.Min(count, filed + PerSession); i++)
            {
                var received = calendar.SubtractBusinessTime(now, TimeSpan.FromMinutes(random.Next(0, 20 * 8 * 60)));
                var events = new List<object>
                {
                    new ComplaintSubmitted(
                        ComplaintReference.Format(2569, i + 1, "B" + i.ToString("x4", CultureInfo.InvariantCulture)),
                        Enum.GetValues<ComplaintChannel>()[i % Enum.GetValues<ComplaintChannel>().Length],
                        Enum.GetValues<ComplaintCategory>()[i % Enum.GetValues<ComplaintCategory>().Length],
                        Subjects[i % Subjects.Length],
                        $"เรื่องร้องเรียนทดสอบที่ {i}: {Subjects[random.Next(Subjects.Length)]} ชั้น {random.Next(1, 9)} ขอให้ตรวจสอบ",
                        [], null, null, Anonymous: true, new Consent("bench", received), received, calendar.DueAt(received, ResponseClock.AnswerDays), Actor.Citizen, received),
                };
                if (i % 3 == 0)
                {
                    events.Add(new ComplaintAssigned(officer.Id, officer.Name, "ศูนย์รับเรื่อง", officer, received));
                }

                if (i % 50 == 0)
                {
                    events.Add(new ComplaintEscalated("ใกล้ครบกำหนด", officer, received));
                }

                if (i % 10 == 0)
                {
                    events.Add(new ComplaintResolved(ComplaintOutcome.Answered, null, officer, received));
                }

                session.Events.StartStream<Complaint>(Guid.NewGuid(), events);
            }

            await session.SaveChangesAsync();
        }
    }
}
