using Marten;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Clock;
using Senate.ChatBot.Features.Complaints.Reports;
using Senate.ChatBot.Features.Complaints.Retention;
using Senate.ChatBot.IntegrationTests.Line;

namespace Senate.ChatBot.IntegrationTests.Complaints;

public sealed class RetentionAndReportTests : IAsyncLifetime
{
    private static readonly Actor Officer = Actor.Officer("officer-1", "วิไล");
    private readonly ClockedHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task After_the_retention_period_personal_data_is_erased_but_the_statistics_stay()
    {
        var filed = await _host.FileAsync("retention/1", text: "คุณสมชาย 0812345678 ขอร้องเรียนเรื่องที่จอดรถ");
        var desk = _host.Get<ComplaintDesk>();
        var c = await desk.ReplyAsync(filed.Id, 1, "เรียนคุณสมหญิง ได้ดำเนินการแล้วค่ะ", Officer);
        c = await desk.ResolveAsync(filed.Id, c.Version, ComplaintOutcome.Answered, null, Officer);
        await desk.GiveFeedbackAsync(filed.Id, c.Version, 4, "พอใจ", Officer);
        var retention = _host.Get<ComplaintRetention>();
        Assert.Equal(0, await retention.RunAsync());

        // The host's own daily run wakes with the clock too; whichever run comes first erases, once.
        _host.Time.Advance(TimeSpan.FromDays(24 * 31));
        await retention.RunAsync();
        Assert.Equal(0, await retention.RunAsync());

        await LineHost.EventuallyAsync(async () => (await _host.LoadAsync(filed.Id)).PersonalDataErased && await MaskedAsync(filed.Id), "the erasure");
        var erased = await _host.LoadAsync(filed.Id);
        Assert.Equal(("", (Contact?)null, (ReplyAddress?)null, (string?)null), (erased.Text, erased.Contact, erased.ReplyTo, erased.LatestReply));
        await using var session = _host.Get<IDocumentStore>().QuerySession();
        var events = (await session.Events.FetchStreamAsync(filed.Id)).Select(e => e.Data).ToList();
        var submitted = Assert.IsType<ComplaintSubmitted>(events[0]);
        Assert.Equal(("", (Contact?)null), (submitted.Text, submitted.Contact));
        Assert.Equal("", events.OfType<ComplaintReplied>().Single().Text);
        Assert.IsType<ComplaintPersonalDataErased>(events[^1]);
        var timeline = (await session.LoadAsync<ComplaintTimeline>(filed.Id))!;
        Assert.All(timeline.Entries, e => Assert.Null(e.Detail));

        var report = await _host.Get<QuarterlyReports>().ForAsync(Quarter.Of(ClockedHost.Start));
        Assert.Equal((1, 1, 4.0), (report.Received, report.OnTime, report.AverageRating));
        Assert.Equal(1, report.ByOutcome["Answered"]);
    }

    private async Task<bool> MaskedAsync(Guid id)
    {
        await using var session = _host.Get<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<ComplaintSubmitted>().Single().Text.Length == 0;
    }

    [Fact]
    public async Task The_quarterly_report_counts_channels_timeliness_repeats_and_exports_as_csv()
    {
        var desk = _host.Get<ComplaintDesk>();
        var same = new ReplyAddress("line", "U-repeat", "U-repeat", "th-TH");
        var first = await _host.FileAsync("report/1", same);
        var second = await _host.FileAsync("report/2", same);
        await _host.FileAsync("report/3", new ReplyAddress("directline", "someone", "conv", "th-TH"));
        await desk.AssignAsync(first.Id, 1, "officer-1", "วิไล", "สำนักประชาสัมพันธ์", Officer);
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 3, 12, 30, 0, TimeSpan.FromHours(7)));
        await desk.ReplyAsync(first.Id, 2, "ตอบแล้ว", Officer);
        // Past the due moment the clock has meanwhile warned and escalated: the desk works on the current version.
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.FromHours(7)));
        await _host.Get<ComplaintClock>().RunAsync();
        await desk.ReplyAsync(second.Id, (await _host.LoadAsync(second.Id)).Version, "ตอบช้า", Officer);

        var report = await _host.Get<QuarterlyReports>().ForAsync(new Quarter(2570, 1));

        Assert.Equal(3, report.Received);
        Assert.Equal(3, report.ByChannel["WebChat"]);
        Assert.Equal((1, 2, 0.333), (report.OnTime, report.Late, report.OnTimeRate));
        Assert.Equal(1, report.RepeatComplainants);
        Assert.Equal(1, report.RepeatSubjects);
        Assert.Equal(1, report.ByUnit["สำนักประชาสัมพันธ์"]);
        var csv = QuarterlyFigures.ToCsv(report);
        Assert.StartsWith("measure,key,value\r\nquarter,,2570-Q1\r\nreceived,,3\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("on_time_rate,,0.333\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("unit,สำนักประชาสัมพันธ์,1\r\n", csv, StringComparison.Ordinal);
    }
}
