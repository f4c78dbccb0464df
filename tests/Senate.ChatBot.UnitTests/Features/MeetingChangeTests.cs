using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Meetings.Notices;

namespace Senate.ChatBot.UnitTests.Features;

public sealed class MeetingChangeTests
{
    private static readonly Meeting Planned = new()
    {
        Id = "m",
        BodyId = "transport",
        BodyThai = "คณะกรรมาธิการการคมนาคม",
        BodyEnglish = "Committee on Transport",
        Title = "การประชุมครั้งที่ 1",
        Start = BangkokTime.At(new DateOnly(2026, 12, 3), new TimeOnly(9, 30)),
        End = BangkokTime.At(new DateOnly(2026, 12, 3), new TimeOnly(12, 0)),
        Room = "ห้อง 301",
    };

    [Fact]
    public void What_changed_decides_the_notice()
    {
        Assert.Equal(NoticeKind.Invitation, MeetingChange.Detect(null, Planned));
        Assert.Null(MeetingChange.Detect(Planned, Planned with { Title = "แก้ชื่อ", Agenda = ["วาระใหม่"] }));
        Assert.Equal(NoticeKind.Rescheduled, MeetingChange.Detect(Planned, Planned with { Start = Planned.Start.AddHours(1) }));
        Assert.Equal(NoticeKind.RoomChanged, MeetingChange.Detect(Planned, Planned with { Room = "ห้อง 305" }));
        Assert.Equal(NoticeKind.Cancelled, MeetingChange.Detect(Planned, Planned with { Status = MeetingStatus.Cancelled }));
        Assert.Equal(NoticeKind.Postponed, MeetingChange.Detect(Planned, Planned with { Status = MeetingStatus.Postponed }));
        Assert.Null(MeetingChange.Detect(Planned, Planned with { Status = MeetingStatus.Held }));
        Assert.Null(MeetingChange.Detect(null, Planned with { Status = MeetingStatus.Cancelled }));
    }

    [Fact]
    public void The_reminder_is_at_eight_in_bangkok_the_day_before() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero), MeetingChange.ReminderTime(Planned));
}
