using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.IntegrationTests.Complaints;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>Today's dashboard over the real register, counted as the inbox counts.</summary>
public sealed class DeskTodayTests : IAsyncLifetime
{
    private readonly ClockedHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_dashboard_counts_todays_load_and_agrees_with_the_inbox_views()
    {
        var desk = _host.Get<ComplaintDesk>();
        var supervisor = Actor.Supervisor("supervisor.today", "สมศรี");
        // Monday 2 November 09:00: due Thursday 5 November 16:30, assigned, never answered.
        var late = await _host.FileAsync("today-late");
        await desk.AssignAsync(late.Id, 1, "officer.x", "สมชาย", "สำนักประชาสัมพันธ์", supervisor);
        // Wednesday 4 November: due Monday 9 November 16:30, answered at once.
        _host.Time.Advance(TimeSpan.FromDays(2));
        var soon = await _host.FileAsync("today-soon");
        await desk.ReplyAsync(soon.Id, 1, "รับเรื่องแล้ว กำลังตรวจสอบ", supervisor);
        // Monday 9 November 09:00: two more arrive, one of them waits for the complainant.
        _host.Time.Advance(TimeSpan.FromDays(5));
        await _host.FileAsync("today-fresh");
        var waiting = await _host.FileAsync("today-waiting");
        await desk.RequestInformationAsync(waiting.Id, 1, "ขอบ้านเลขที่", supervisor);

        var officer = await DeskBrowser.AsNewUserAsync(_host.Factory, "supervisor.today", "Supervisor");
        var today = await officer.Http.GetStringAsync(new Uri("/desk/today", UriKind.Relative));

        Assert.Contains("วันจันทร์ที่ 9 พฤศจิกายน 2569", today, StringComparison.Ordinal);
        Assert.Equal("2", Figure(today, "received"));
        Assert.Equal("4", Figure(today, "open"));
        Assert.Equal("1", Figure(today, "dueSoon"));
        Assert.Equal("1", Figure(today, "overdue"));
        Assert.Equal("3", Figure(today, "unassigned"));
        Assert.Equal("1", Figure(today, "awaiting"));
        Assert.Equal("50%", Figure(today, "onTimeRate"));
        Assert.Contains("อัตราตอบทันเวลา ไตรมาส 2570-Q1", today, StringComparison.Ordinal);

        var inbox = await officer.Http.GetStringAsync(new Uri("/desk", UriKind.Relative));
        Assert.Contains("href=\"/desk/today\"", inbox, StringComparison.Ordinal);
        Assert.Contains("ใกล้ครบกำหนด <span class=\"count\">(1)</span>", inbox, StringComparison.Ordinal);
        Assert.Contains("เกินกำหนด <span class=\"count\">(1)</span>", inbox, StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีผู้รับผิดชอบ <span class=\"count\">(3)</span>", inbox, StringComparison.Ordinal);
    }

    private static string Figure(string html, string key)
    {
        var start = html.IndexOf($"<strong id=\"figure-{key}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"figure {key} is missing");
        start = html.IndexOf('>', start) + 1;
        return html[start..html.IndexOf('<', start)];
    }
}
