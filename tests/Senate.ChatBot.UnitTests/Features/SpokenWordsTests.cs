using Senate.ChatBot.Dialogs.Meetings;
using Senate.ChatBot.Dialogs.PersonalRecord;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.UnitTests.Features;

public sealed class SpokenWordsTests
{
    [Theory]
    [InlineData("ขอเป็นหนังสือเสียง", FileFormats.Audio)]
    [InlineData("word please", FileFormats.Word)]
    [InlineData("อักษรเบรลล์", FileFormats.Braille)]
    [InlineData("documents about budget", null)]
    public void Format_words(string text, string? format) => Assert.Equal(format, FileFormats.Find(text));

    [Theory]
    [InlineData("เบี้ยประชุมเดือนนี้", RecordSection.Allowance)]
    [InlineData("my attendance", RecordSection.Attendance)]
    [InlineData("ผมเป็นกรรมาธิการคณะไหน", RecordSection.Committees)]
    [InlineData("ข้อมูลของฉัน", RecordSection.All)]
    public void Record_sections(string text, RecordSection section) => Assert.Equal(section, RecordSections.Of(text));

    [Fact]
    public void A_long_schedule_lists_ten_and_says_how_many_more()
    {
        var day = new DateOnly(2026, 11, 26);
        var meetings = Enumerable.Range(0, 12).Select(i => new Meeting
        {
            Id = $"m{i}",
            BodyId = "b",
            BodyThai = "คณะกรรมาธิการการคมนาคม",
            BodyEnglish = "Committee on Transport",
            Title = "การประชุม",
            Start = BangkokTime.At(day, new TimeOnly(9, 0)),
            End = BangkokTime.At(day, new TimeOnly(10, 0)),
            Room = "ห้อง 301",
            Status = i == 0 ? MeetingStatus.Cancelled : MeetingStatus.Scheduled,
        }).ToList();

        var lines = MeetingLines.List(meetings, english: false, withDay: false).Split('\n');

        Assert.Equal(11, lines.Length);
        Assert.Equal("1. 09.00–10.00 น. คณะกรรมาธิการการคมนาคม การประชุม ณ ห้อง 301 (งดประชุม)", lines[0]);
        Assert.StartsWith("และอีก 2 รายการ", lines[10], StringComparison.Ordinal);
    }
}
