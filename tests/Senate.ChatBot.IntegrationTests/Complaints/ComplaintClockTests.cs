using Marten;
using Microsoft.Extensions.Time.Testing;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Clock;
using Senate.ChatBot.Features.Complaints.Notifications;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Complaints;

public sealed class ComplaintClockTests
{
    private static readonly DateTimeOffset DueDayMorning = new(2026, 11, 5, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset JustOverdue = new(2026, 11, 5, 16, 31, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Two_hosts_warn_and_escalate_an_overdue_complaint_exactly_once()
    {
        var time = new FakeTimeProvider(ClockedHost.Start);
        await using var hostA = new ClockedHost(time: time);
        await using var hostB = new ClockedHost(new Dictionary<string, string?> { ["Marten:Schema"] = hostA.Factory.Schema }, time);
        await StaffAsync(hostA);
        var filed = await hostA.FileAsync("clock/two-hosts");
        await hostA.Get<ComplaintDesk>().AssignAsync(filed.Id, 1, "officer-1", "วิไล", "สำนักประชาสัมพันธ์", Actor.Supervisor("sup-1", "หัวหน้า"));
        _ = hostB.Services;

        time.SetUtcNow(DueDayMorning);
        await WaitForAsync(hostA, filed.Id, events => events.OfType<ComplaintDeadlineWarned>().Any());
        time.SetUtcNow(JustOverdue);
        await WaitForAsync(hostA, filed.Id, events => events.OfType<ComplaintEscalated>().Any());
        // Both hosts also race on purpose, many times over.
        await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(_ => new[] { hostA, hostB }).Select(h => h.Get<ComplaintClock>().RunAsync()));

        var events = await EventsAsync(hostA, filed.Id);
        Assert.Equal([WarningLevel.DueSoon, WarningLevel.Overdue], events.OfType<ComplaintDeadlineWarned>().Select(w => w.Level));
        var escalated = Assert.Single(events.OfType<ComplaintEscalated>());
        Assert.Equal(Actor.Clock, escalated.By);
        Assert.True((await hostB.LoadAsync(filed.Id)).Escalated);

        await using var session = hostA.Get<IDocumentStore>().QuerySession();
        var notices = await session.Query<ComplaintNotification>().Where(n => n.ComplaintId == filed.Id).ToListAsync();
        // Assigned: the officer (desk). Due soon and overdue: officer and supervisor (desk) and the supervisor's LINE.
        // Escalated: supervisor (desk + LINE). The desk's first administrator hears what supervisors hear (desk).
        Assert.Equal(1, notices.Count(n => n.Kind == NotificationKind.Assigned));
        Assert.Equal(4, notices.Count(n => n.Kind == NotificationKind.DueSoon));
        Assert.Equal(4, notices.Count(n => n.Kind == NotificationKind.Overdue));
        Assert.Equal(3, notices.Count(n => n.Kind == NotificationKind.Escalated));
        Assert.Equal(3, notices.Count(n => n.RecipientId == TestSettings.DeskAdminUser));
        Assert.Single(notices, n => n is { Kind: NotificationKind.Overdue, ChannelId: "line", Address: "Usupervisor" });
    }

    [Fact]
    public async Task A_host_that_was_down_at_the_due_moment_escalates_when_it_starts()
    {
        await using var filing = new ClockedHost();
        var filed = await filing.FileAsync("clock/restart");

        // This host's clock never moves: as if it had stopped before the due moment.
        await using var later = new ClockedHost(
            new Dictionary<string, string?> { ["Marten:Schema"] = filing.Factory.Schema }, new FakeTimeProvider(JustOverdue.AddDays(3)));
        _ = later.Services;

        var events = await WaitForAsync(later, filed.Id, e => e.OfType<ComplaintEscalated>().Any());
        Assert.Equal(WarningLevel.Overdue, Assert.Single(events.OfType<ComplaintDeadlineWarned>()).Level);
    }

    [Fact]
    public async Task A_paused_complaint_is_not_warned_and_a_new_holiday_moves_open_due_dates()
    {
        await using var host = new ClockedHost();
        var paused = await host.FileAsync("clock/paused");
        var open = await host.FileAsync("clock/open");
        await host.Get<ComplaintDesk>().RequestInformationAsync(paused.Id, 1, "ขอรูปถ่ายจุดที่ไฟดับค่ะ", Actor.Officer("o", "วิไล"));

        var moved = await host.Get<DeskCalendar>().SetDayAsync(new DateOnly(2026, 11, 4), true, "วันหยุดพิเศษ", "Special holiday", Actor.Supervisor("admin", "ผู้ดูแล"));

        Assert.Equal(2, moved);
        Assert.Equal(new DateTimeOffset(2026, 11, 6, 16, 30, 0, TimeSpan.FromHours(7)), (await host.LoadAsync(open.Id)).DueAt);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(7)));
        await host.Get<ComplaintClock>().RunAsync();
        Assert.DoesNotContain(await EventsAsync(host, paused.Id), e => e is ComplaintDeadlineWarned or ComplaintEscalated);
        Assert.Contains(await EventsAsync(host, open.Id), e => e is ComplaintEscalated);
    }

    private static async Task StaffAsync(ClockedHost host)
    {
        await using var session = host.Get<IDocumentStore>().LightweightSession();
        session.Store(
            new DeskStaffMember("officer-1", "วิไล", "สำนักประชาสัมพันธ์", IsSupervisor: false, LineUserId: null),
            new DeskStaffMember("sup-1", "หัวหน้า", "ศูนย์รับเรื่องร้องเรียน", IsSupervisor: true, LineUserId: "Usupervisor"));
        await session.SaveChangesAsync();
    }

    private static async Task<IReadOnlyList<object>> EventsAsync(ClockedHost host, Guid id)
    {
        await using var session = host.Get<IDocumentStore>().QuerySession();
        return [.. (await session.Events.FetchStreamAsync(id)).Select(e => e.Data)];
    }

    private static async Task<IReadOnlyList<object>> WaitForAsync(ClockedHost host, Guid id, Func<IReadOnlyList<object>, bool> condition)
    {
        for (var waited = 0; waited < 100; waited++)
        {
            var events = await EventsAsync(host, id);
            if (condition(events))
            {
                return events;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The complaint clock did not act within 10 seconds.");
    }
}
