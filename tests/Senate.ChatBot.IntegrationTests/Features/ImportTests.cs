using System.Text;
using Marten;
using Senate.ChatBot.Features.Import;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Meetings.Notices;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.IntegrationTests.Features;

public sealed class ImportTests : IAsyncLifetime
{
    private const string Committees = """
        [
          { "id": "senate", "thaiName": "วุฒิสภา", "englishName": "The Senate", "kind": "Senate" },
          { "id": "finance", "thaiName": "คณะกรรมาธิการการเงิน การคลัง การธนาคาร และสถาบันการเงิน", "englishName": "Committee on Finance" },
          { "id": "finance-sub-1", "thaiName": "คณะอนุกรรมาธิการพิจารณาศึกษาระบบภาษี", "englishName": "Tax sub-committee", "kind": "SubCommittee", "parentId": "finance" }
        ]
        """;

    private const string Members = """
        number,thaiName,englishName,seats,email,preferredFormats
        1,นายสมชาย ใจดีสาธิต,Mr. Somchai Jaidee-Sathit,finance:chair,s1@senate.example,
        2,นางสาววันเพ็ญ ศรีสุขสาธิต,Miss Wanpen Srisuk-Sathit,finance;finance-sub-1:secretary,,docx;audio
        """;

    private const string Meetings = """
        id,body,title,start,end,room,invited,public
        m-1,finance,การประชุมครั้งที่ 1,2026-12-02T09:30,2026-12-02T12:00,ห้อง 301,1;2,true
        m-2,การคลัง,การประชุมครั้งที่ 2,2026-12-09T09:30,2026-12-09T12:00,ห้อง 301,1,false
        m-3,nobody,การประชุม,2026-12-03T09:30,2026-12-03T12:00,ห้อง 302,1,true
        m-4,finance,การประชุม,3 ธันวา,2026-12-03T12:00,ห้อง 302,1,true
        m-5,finance,การประชุม,2026-12-04T12:00,2026-12-04T09:00,ห้อง 302,1,true
        m-1,finance,ซ้ำ,2026-12-02T09:30,2026-12-02T12:00,ห้อง 301,1,true
        """;

    private const string Feed = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Secretariat//Meetings//TH
        BEGIN:VEVENT
        UID:ics-1
        SUMMARY:การประชุมคณะอนุกรรมาธิการ ครั้งที่ 3
        CATEGORIES:finance-sub-1
        DTSTART;TZID=Asia/Bangkok:20261204T133000
        DTEND;TZID=Asia/Bangkok:20261204T163000
        LOCATION:ห้อง 305
        CLASS:PRIVATE
        X-SENATE-INVITED:2
        DESCRIPTION:รับรองบันทึกการประชุม\nพิจารณาศึกษาระบบภาษี
        END:VEVENT
        BEGIN:VEVENT
        UID:ics-2
        SUMMARY:การประชุมวุฒิสภา
        CATEGORIES:senate
        DTSTART:20261207T030000Z
        DTEND:20261207T110000Z
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """;

    private readonly FeatureStore _features = new();

    private SenateImporter Importer => _features.Get<SenateImporter>();

    public async Task InitializeAsync()
    {
        await _features.InitializeAsync();
        Assert.Empty((await ImportAsync(ImportKind.Committees, ImportFormat.Json, Committees)).Problems);
    }

    public Task DisposeAsync() => _features.DisposeAsync();

    [Fact]
    public async Task Good_files_import_and_importing_them_again_changes_nothing()
    {
        var members = await ImportAsync(ImportKind.Members, ImportFormat.Csv, Members);
        var feed = await ImportAsync(ImportKind.Meetings, ImportFormat.ICalendar, Feed);
        var again = await ImportAsync(ImportKind.Members, ImportFormat.Csv, Members);
        var feedAgain = await ImportAsync(ImportKind.Meetings, ImportFormat.ICalendar, Feed);

        Assert.Equal(new ImportReport(ImportKind.Members, 2, 0, 0, []), members with { Problems = [] });
        Assert.Equal((2, 0), (feed.Added, feed.Problems.Count));
        Assert.Equal((0, 0, 2), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal((0, 0, 2), (feedAgain.Added, feedAgain.Updated, feedAgain.Unchanged));
        await using var session = _features.Store.QuerySession();
        var wanpen = await session.LoadAsync<MemberRecord>("2");
        Assert.Equal(new[] { new CommitteeSeat("finance", SeatRole.Member), new CommitteeSeat("finance-sub-1", SeatRole.Secretary) }, wanpen!.Seats);
        Assert.Equal(new[] { "docx", "audio" }, wanpen.PreferredFormats);
        var closed = await session.LoadAsync<Meeting>("ics-1");
        Assert.Equal(("finance-sub-1", "finance", false), (closed!.BodyId, closed.ParentBodyId, closed.IsPublic));
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 6, 30, 0, TimeSpan.Zero), closed.Start);
        Assert.Equal(new[] { "รับรองบันทึกการประชุม", "พิจารณาศึกษาระบบภาษี" }, closed.Agenda);
        Assert.Equal(MeetingStatus.Cancelled, (await session.LoadAsync<Meeting>("ics-2"))!.Status);
    }

    [Fact]
    public async Task Broken_and_repeated_rows_are_reported_by_line_and_the_valid_rows_still_import()
    {
        var report = await ImportAsync(ImportKind.Meetings, ImportFormat.Csv, Meetings);

        Assert.Equal(2, report.Added);
        Assert.Equal(new[] { 4, 5, 6, 7 }, report.Problems.Select(p => p.Row));
        Assert.Contains("no body is called 'nobody'", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'start'", report.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("'end' must be after 'start'", report.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("repeats row 2", report.Problems[3].Message, StringComparison.Ordinal);
        await using var session = _features.Store.QuerySession();
        Assert.Equal("finance", (await session.LoadAsync<Meeting>("m-2"))!.BodyId);
        Assert.Equal(2, await session.Query<Meeting>().CountAsync());
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_one_problem_at_row_zero()
    {
        var report = await ImportAsync(ImportKind.Bookshelf, ImportFormat.Json, """{ "id": "not an array" }""");

        Assert.Equal(0, report.Added);
        Assert.Equal(0, Assert.Single(report.Problems).Row);
    }

    [Fact]
    public async Task A_meeting_moved_by_a_new_import_is_updated_and_its_members_are_told()
    {
        await ImportAsync(ImportKind.Meetings, ImportFormat.Csv, Meetings);
        var moved = await ImportAsync(ImportKind.Meetings, ImportFormat.Csv, Meetings.Replace("ห้อง 301,1;2", "ห้อง 401,1;2", StringComparison.Ordinal));

        Assert.Equal((0, 1, 1), (moved.Added, moved.Updated, moved.Unchanged));
        var notices = await _features.Get<MeetingNotices>().ForMeetingAsync("m-1");
        Assert.Equal(2, notices.Count(n => n.Kind == NoticeKind.Invitation));
        var roomChanged = notices.Where(n => n.Kind == NoticeKind.RoomChanged).ToList();
        Assert.Equal(new[] { "1", "2" }, roomChanged.Select(n => n.MemberNumber).Order());
        Assert.Contains("ย้ายไปที่ ห้อง 401", roomChanged[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bookshelf_items_import_from_json_with_their_editions()
    {
        var report = await ImportAsync(ImportKind.Bookshelf, ImportFormat.Json, """
            [ { "id": "r-1", "title": "รายงานการพิจารณาศึกษา เรื่อง ระบบภาษี", "kind": "Report", "committee": "finance",
                "published": "2026-10-01", "files": ["pdf=https://elibrary.senate.example/r-1.pdf", "docx=https://elibrary.senate.example/r-1.docx"] },
              { "id": "r-2", "title": "ไม่มีไฟล์", "published": "2026-10-01" } ]
            """);

        Assert.Equal(1, report.Added);
        Assert.Equal(2, Assert.Single(report.Problems).Row);
    }

    private Task<ImportReport> ImportAsync(ImportKind kind, ImportFormat format, string content) =>
        Importer.ImportAsync(kind, format, new MemoryStream(Encoding.UTF8.GetBytes(content)));
}
