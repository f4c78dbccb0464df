using System.Globalization;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// 200 fictional members, about ten to a standing committee with a chair, vice-chair, secretary and
/// spokesperson each; some sit on a second committee. Member 17 reads with a screen reader.
/// </summary>
internal static class DemoMembers
{
    public const int Count = 200;
    public const string ScreenReaderUser = "17";

    public static IReadOnlyList<MemberRecord> Create(IReadOnlyList<Committee> standing)
    {
        var members = new List<MemberRecord>(Count);
        for (var n = 1; n <= Count; n++)
        {
            var number = n.ToString(CultureInfo.InvariantCulture);
            var (thai, english) = DemoNames.Member(n);
            var home = standing[(n - 1) % standing.Count];
            var rank = (n - 1) / standing.Count;
            List<CommitteeSeat> seats = [new(home.Id, rank switch
            {
                0 => SeatRole.Chair,
                1 => SeatRole.ViceChair,
                2 => SeatRole.Secretary,
                3 => SeatRole.Spokesperson,
                _ => SeatRole.Member,
            })];
            if (n % 4 == 0)
            {
                seats.Add(new CommitteeSeat(standing[(n + 7) % standing.Count].Id, SeatRole.Member));
            }

            members.Add(new MemberRecord
            {
                Id = number,
                ThaiName = thai,
                EnglishName = english,
                Seats = seats,
                Contact = new MemberContact($"member{n}@senate.example", $"02 000 {n:0000}", $"ห้อง {400 + n} ชั้น 4 อาคารรัฐสภา"),
                PreferredFormats = number == ScreenReaderUser ? FileFormats.Accessible : [],
            });
        }

        return members;
    }

    /// <summary>Adds attendance for meetings already held, monthly allowances and a document request or two.</summary>
    public static IReadOnlyList<MemberRecord> WithHistory(IReadOnlyList<MemberRecord> members, IReadOnlyList<Meeting> meetings, DateOnly today)
    {
        var random = new Random(DemoData.Seed);
        return [.. members.Select(member =>
        {
            var attendance = meetings
                .Where(m => m.Status == MeetingStatus.Held && m.IsInvited(member.Id))
                .Select(m => new Attendance(m.Id, BangkokTime.DateOf(m.Start), random.Next(20) switch
                {
                    0 => AttendanceMark.Absent,
                    1 or 2 => AttendanceMark.OnLeave,
                    _ => AttendanceMark.Present,
                }))
                .ToList();
            // This month is being checked or approved; last month was paid on the 10th.
            var allowances = Enumerable.Range(0, 2).Select(back =>
            {
                var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
                var status = back > 0 ? PaymentStatus.Paid : (random.Next(2) == 0 ? PaymentStatus.Approved : PaymentStatus.Pending);
                var amount = 1_500m * attendance.Count(a => a.Day.Month == month.Month && a.Mark == AttendanceMark.Present);
                return new AllowancePayment(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), amount, status,
                    status == PaymentStatus.Paid ? month.AddMonths(1).AddDays(9) : null);
            }).ToList();
            List<DocumentRequest> requests = random.Next(3) == 0
                ? [new DocumentRequest("สำเนารายงานการประชุมคณะกรรมาธิการ", today.AddDays(-random.Next(3, 30)), (RequestStatus)random.Next(4))]
                : [];
            return member with { Attendance = attendance, Allowances = allowances, DocumentRequests = requests };
        })];
    }
}
