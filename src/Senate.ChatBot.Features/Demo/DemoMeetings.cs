using System.Globalization;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// Thirteen weeks of meetings around today: Senate sittings on Monday and Tuesday, each standing
/// committee weekly on Wednesday or Thursday, each sub-committee every other Friday. Days before today
/// are held (a few cancelled); some later ones are postponed or cancelled. Ids are body and day.
/// </summary>
internal static class DemoMeetings
{
    private const int WeeksEachSide = 6;
    private static readonly int[] SittingDays = [0, 1];
    private const string Chamber = "ห้องประชุมจันทรา อาคารรัฐสภา";

    public static IReadOnlyList<Meeting> Create(IReadOnlyList<Committee> bodies, IReadOnlyList<MemberRecord> members, DateOnly today)
    {
        var random = new Random(DemoData.Seed);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * WeeksEachSide);
        var meetings = new List<Meeting>();
        for (var week = 0; week <= 2 * WeeksEachSide; week++)
        {
            var weekStart = monday.AddDays(7 * week);
            foreach (var (body, index) in bodies.Select((b, i) => (b, i)))
            {
                var slot = Slot(body, index, week, weekStart);
                if (slot is not { } s)
                {
                    continue;
                }

                var held = s.Day < today;
                var roll = random.Next(40);
                var status = held
                    ? (roll == 0 ? MeetingStatus.Cancelled : MeetingStatus.Held)
                    : roll switch { 0 => MeetingStatus.Cancelled, 1 => MeetingStatus.Postponed, _ => MeetingStatus.Scheduled };
                meetings.Add(new Meeting
                {
                    Id = $"{body.Id}-{DayKey(s.Day)}",
                    BodyId = body.Id,
                    ParentBodyId = body.ParentId,
                    BodyThai = body.ThaiName,
                    BodyEnglish = body.EnglishName,
                    Title = string.Create(CultureInfo.InvariantCulture, $"การประชุมครั้งที่ {week + 1}/{s.Day.Year + 543}"),
                    Agenda = Agenda(body),
                    Start = BangkokTime.At(s.Day, s.From),
                    End = BangkokTime.At(s.Day, s.To),
                    Room = string.Create(CultureInfo.InvariantCulture, $"ห้องประชุมกรรมาธิการ {301 + (index % 12)} ชั้น 3 อาคารรัฐสภา"),
                    Status = status,
                    Invited = InvitedTo(body, members),
                    IsPublic = random.Next(10) < 6,
                });
            }
        }

        return meetings;
    }

    private static (DateOnly Day, TimeOnly From, TimeOnly To)? Slot(Committee body, int index, int week, DateOnly monday)
    {
        var morning = index % 2 == 0;
        var (from, to) = morning ? (new TimeOnly(9, 30), new TimeOnly(12, 0)) : (new TimeOnly(13, 30), new TimeOnly(16, 30));
        return body.Kind switch
        {
            BodyKind.Senate => null,
            BodyKind.StandingCommittee => (monday.AddDays(2 + (index % 2)), from, to),
            _ when (week + index) % 2 == 0 => (monday.AddDays(4), from, to),
            _ => null,
        };
    }

    /// <summary>A body's members are those with a seat on it or, for a sub-committee, on its parent.</summary>
    private static List<string> InvitedTo(Committee body, IReadOnlyList<MemberRecord> members) =>
        [.. members.Where(m => m.Seats.Any(s => s.CommitteeId == body.Id || s.CommitteeId == body.ParentId)).Select(m => m.Id)];

    public static IReadOnlyList<Meeting> Sittings(IReadOnlyList<MemberRecord> members, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * WeeksEachSide);
        var everyone = members.Select(m => m.Id).ToList();
        return [.. Enumerable.Range(0, (2 * WeeksEachSide) + 1).SelectMany(week => SittingDays.Select(offset =>
        {
            var day = monday.AddDays((7 * week) + offset);
            return new Meeting
            {
                Id = $"{Committee.SenateId}-{DayKey(day)}",
                BodyId = Committee.SenateId,
                BodyThai = DemoCommittees.Senate.ThaiName,
                BodyEnglish = DemoCommittees.Senate.EnglishName,
                Title = string.Create(CultureInfo.InvariantCulture, $"การประชุมวุฒิสภา ครั้งที่ {(2 * week) + offset + 1} (สมัยสามัญประจำปี)"),
                Agenda = ["เรื่องที่ประธานแจ้งต่อที่ประชุม", "กระทู้ถาม", "เรื่องที่คณะกรรมาธิการพิจารณาเสร็จแล้ว", "เรื่องอื่น ๆ"],
                Start = BangkokTime.At(day, new TimeOnly(10, 0)),
                End = BangkokTime.At(day, new TimeOnly(18, 0)),
                Room = Chamber,
                Status = day < today ? MeetingStatus.Held : MeetingStatus.Scheduled,
                Invited = everyone,
                IsPublic = true,
            };
        }))];
    }

    private static List<string> Agenda(Committee body) =>
    [
        "เรื่องที่ประธานแจ้งต่อที่ประชุม",
        "รับรองบันทึกการประชุมครั้งที่แล้ว",
        "พิจารณาศึกษาเรื่อง" + DemoCommittees.TopicOf(body.ParentId ?? body.Id),
        "เรื่องอื่น ๆ",
    ];

    private static string DayKey(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
