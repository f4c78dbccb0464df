using Marten;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Reports;

namespace Senate.ChatBot.IntegrationTests.Complaints;

public sealed class ComplaintRegisterTests : IAsyncLifetime
{
    private static readonly Actor Officer = Actor.Officer("staff-7", "วิไล");
    private readonly ClockedHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Filing_stores_a_Submitted_event_and_the_inbox_timeline_and_statistics_rows()
    {
        var filed = await _host.FileAsync("register/1");

        Assert.Matches(@"^CMP-2569-\d{6}-[ACDEFHJKMNPRTUVWXY345679]{2}$", filed.Reference);
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 16, 30, 0, TimeSpan.FromHours(7)), filed.DueAt);
        await using var session = _host.Get<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(filed.Id);
        var submitted = Assert.IsType<ComplaintSubmitted>(Assert.Single(events).Data);
        Assert.Equal(filed.Reference, submitted.Reference);
        Assert.Equal(ClockedHost.Start, submitted.ReceivedAt);
        Assert.Equal(ComplaintStage.Received, (await session.LoadAsync<Complaint>(filed.Id))!.Stage);
        Assert.Equal("submitted", Assert.Single((await session.LoadAsync<ComplaintTimeline>(filed.Id))!.Entries).What);
        Assert.NotNull((await session.LoadAsync<ComplaintFacts>(filed.Id))!.ComplainantKey);
    }

    [Fact]
    public async Task Filing_twice_with_the_same_key_gives_the_same_complaint()
    {
        var first = await _host.FileAsync("register/twice");
        var again = await _host.FileAsync("register/twice");

        Assert.False(first.AlreadyFiled);
        Assert.True(again.AlreadyFiled);
        Assert.Equal((first.Id, first.Reference), (again.Id, again.Reference));
        await using var session = _host.Get<IDocumentStore>().QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(first.Id));
    }

    [Fact]
    public async Task A_command_on_a_stale_version_is_refused_and_changes_nothing()
    {
        var filed = await _host.FileAsync("register/stale");
        var desk = _host.Get<ComplaintDesk>();
        var seen = await _host.LoadAsync(filed.Id);

        await desk.AcknowledgeAsync(filed.Id, seen.Version, Officer);
        await Assert.ThrowsAsync<ComplaintChangedException>(() => desk.AssignAsync(filed.Id, seen.Version, "staff-9", "สมชาย", "สำนักประชาสัมพันธ์", Officer));

        var now = await _host.LoadAsync(filed.Id);
        Assert.Equal((ComplaintStage.Acknowledged, (string?)null), (now.Stage, now.OfficerId));
        await Assert.ThrowsAsync<ComplaintRuleException>(() => desk.AcknowledgeAsync(filed.Id, now.Version, Officer));
    }

    [Fact]
    public async Task Asking_the_complainant_stops_the_clock_and_the_answer_restarts_it_with_the_time_left()
    {
        var filed = await _host.FileAsync("register/pause");
        var desk = _host.Get<ComplaintDesk>();
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 3, 12, 0, 0, TimeSpan.FromHours(7)));
        var paused = await desk.RequestInformationAsync(filed.Id, 1, "ไฟดับจุดใดคะ", Officer);
        Assert.True(paused.IsPaused);

        _host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 9, 15, 0, 0, TimeSpan.FromHours(7)));
        var resumed = await desk.ReceiveInformationAsync(filed.Id, paused.Version, "หน้าประตู 2", Officer);

        Assert.Equal(new DateTimeOffset(2026, 11, 12, 11, 30, 0, TimeSpan.FromHours(7)), resumed.DueAt);
        Assert.Equal(ComplaintStage.InProgress, resumed.Stage);
    }

    [Fact]
    public async Task Every_step_is_in_the_timeline_with_who_and_when()
    {
        var filed = await _host.FileAsync("register/timeline");
        var desk = _host.Get<ComplaintDesk>();
        var c = await desk.AssignAsync(filed.Id, 1, "staff-7", "วิไล", "สำนักบริหารงานกลาง", Officer);
        c = await desk.AddNoteAsync(filed.Id, c.Version, "โทรแจ้งช่างแล้ว", Officer);
        c = await desk.ReplyAsync(filed.Id, c.Version, "ซ่อมไฟเรียบร้อยแล้วค่ะ", Officer);
        c = await desk.ResolveAsync(filed.Id, c.Version, ComplaintOutcome.Answered, null, Officer);
        c = await desk.ReopenAsync(filed.Id, c.Version, "ไฟดับอีก", Officer);

        await using var session = _host.Get<IDocumentStore>().QuerySession();
        var timeline = (await session.LoadAsync<ComplaintTimeline>(filed.Id))!;
        Assert.Equal(["submitted", "assigned", "note", "replied", "resolved", "reopened"], timeline.Entries.Select(e => e.What));
        Assert.All(timeline.Entries.Skip(1), e => Assert.Equal("staff-7", e.By.Id));
        Assert.True(c.IsOpen);
        Assert.Equal(ComplaintStage.InProgress, c.Stage);
    }
}
