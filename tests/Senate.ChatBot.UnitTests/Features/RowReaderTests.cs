using System.Text;
using Senate.ChatBot.Features.Import;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.UnitTests.Features;

public sealed class RowReaderTests
{
    [Fact]
    public async Task Csv_rows_are_numbered_by_line_and_quoted_fields_keep_their_commas()
    {
        var rows = await ReadAsync(ImportFormat.Csv, "id,title\nr-1,\"รายงาน, ฉบับย่อ\"\nr-2,เอกสาร\n");

        Assert.Equal(new[] { 2, 3 }, rows.Select(r => r.Number));
        Assert.Equal("รายงาน, ฉบับย่อ", rows[0].Text("TITLE"));
    }

    [Fact]
    public async Task Json_arrays_become_lists_and_items_are_numbered_from_one()
    {
        var rows = await ReadAsync(ImportFormat.Json, """[ { "id": "m-1", "invited": [1, 2, "3"] } ]""");

        Assert.Equal(1, rows[0].Number);
        Assert.Equal(new[] { "1", "2", "3" }, rows[0].List("invited"));
    }

    [Fact]
    public async Task A_calendar_time_without_a_zone_is_bangkok_time()
    {
        var rows = await ReadAsync(ImportFormat.ICalendar,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:s\r\nDTSTART:20261204T093000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        Assert.Equal(BangkokTime.At(new DateOnly(2026, 12, 4), new TimeOnly(9, 30)), rows[0].Instant("start"));
        Assert.Equal("true", rows[0].Text("public"));
    }

    [Fact]
    public void Typed_readers_name_the_bad_field()
    {
        var row = new SourceRow(7, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["start"] = "2026-12-04T09:30:00+07:00",
            ["public"] = "ลับ",
            ["status"] = "maybe",
        });

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 2, 30, 0, TimeSpan.Zero), row.Instant("start"));
        Assert.False(row.Flag("public", missing: true));
        Assert.Contains("'status' must be one of", Assert.Throws<ImportRowException>(() => row.Choice("status", MeetingStatus.Scheduled)).Message, StringComparison.Ordinal);
        Assert.Contains("'end' is missing", Assert.Throws<ImportRowException>(() => row.Instant("end")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_the_format_throws_a_format_exception() =>
        await Assert.ThrowsAsync<FormatException>(() => ReadAsync(ImportFormat.Json, "{ not json"));

    private static Task<IReadOnlyList<SourceRow>> ReadAsync(ImportFormat format, string content) =>
        RowReaders.ReadAsync(format, new MemoryStream(Encoding.UTF8.GetBytes(content)), CancellationToken.None);
}
