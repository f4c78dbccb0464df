using System.Globalization;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// 500 bookshelf items: agendas and minutes of the demo meetings, committee study reports, laws and
/// handbooks, in PDF with Word, audio and Braille editions for some. Links point at the reserved
/// .example domain: the demo has no files behind them.
/// </summary>
internal static class DemoBookshelf
{
    public const int Count = 500;
    private const string Library = "https://elibrary.senate.example/items/";

    private static readonly string[] ReportThemes =
        ["ผลการดำเนินงานประจำปี", "ข้อเสนอแนะเชิงนโยบาย", "การติดตามการใช้จ่ายงบประมาณ", "ผลการรับฟังความคิดเห็นของประชาชน", "การลงพื้นที่ศึกษาดูงาน"];

    private static readonly string[] Laws =
    [
        "รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช 2560", "ข้อบังคับการประชุมวุฒิสภา พ.ศ. 2567",
        "พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการได้มาซึ่งสมาชิกวุฒิสภา พ.ศ. 2561", "พระราชบัญญัติวิธีการงบประมาณ พ.ศ. 2561",
        "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562", "พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558",
        "พระราชบัญญัติส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ พ.ศ. 2550", "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
    ];

    private static readonly string[] Books =
    [
        "คู่มือสมาชิกวุฒิสภา", "ความรู้เบื้องต้นเกี่ยวกับกระบวนการนิติบัญญัติ", "ประวัติรัฐสภาไทย", "การเขียนรายงานของคณะกรรมาธิการ",
        "อาคารรัฐสภา สัปปายะสภาสถาน", "คู่มือการตั้งกระทู้ถาม", "การพิจารณาร่างพระราชบัญญัติงบประมาณรายจ่ายประจำปี", "วุฒิสภากับการตรวจสอบฝ่ายบริหาร",
    ];

    public static IReadOnlyList<BookshelfItem> Create(IReadOnlyList<Meeting> meetings, IReadOnlyList<Committee> standing, DateOnly today)
    {
        var random = new Random(DemoData.Seed);
        var items = new List<BookshelfItem>(Count);
        foreach (var (meeting, index) in meetings.Select((m, i) => (m, i)).Where(p => p.i % 3 == 0))
        {
            var day = BangkokTime.DateOf(meeting.Start);
            items.Add(Item(random, $"agenda-{meeting.Id}", $"ระเบียบวาระการประชุม {meeting.BodyThai} {meeting.Title}", ItemKind.MeetingDocument,
                meeting.ParentBodyId ?? meeting.BodyId, day.AddDays(-3), meeting.BodyThai, meeting.IsPublic, meeting.Id));
            if (meeting.Status == MeetingStatus.Held && index % 2 == 0)
            {
                items.Add(Item(random, $"minutes-{meeting.Id}", $"บันทึกการประชุม {meeting.BodyThai} {meeting.Title}", ItemKind.Minutes,
                    meeting.ParentBodyId ?? meeting.BodyId, day.AddDays(7), meeting.BodyThai, meeting.IsPublic, meeting.Id));
            }
        }

        for (var n = 0; items.Count < Count - Laws.Length - Books.Length; n++)
        {
            var committee = standing[n % standing.Count];
            var theme = n < standing.Count ? DemoCommittees.TopicOf(committee.Id) : ReportThemes[(n / standing.Count) % ReportThemes.Length];
            items.Add(Item(random, $"report-{n + 1}", $"รายงานการพิจารณาศึกษา เรื่อง {theme} ({n / standing.Count / ReportThemes.Length + 1})",
                ItemKind.Report, committee.Id, today.AddDays(-random.Next(1, 365)), committee.ThaiName, isPublic: true, meetingId: null));
        }

        items.AddRange(Laws.Select((title, n) => Item(random, $"law-{n + 1}", title, ItemKind.Law, null, today.AddDays(-random.Next(200, 3000)), "กฎหมาย", true, null)));
        items.AddRange(Books.Select((title, n) => Item(random, $"book-{n + 1}", title, ItemKind.Book, null, today.AddDays(-random.Next(30, 2000)), "หนังสือ", true, null)));
        return items;
    }

    private static BookshelfItem Item(Random random, string id, string title, ItemKind kind, string? committeeId, DateOnly published,
        string keywords, bool isPublic, string? meetingId)
    {
        var roll = random.Next(100);
        List<BookshelfFile> files = [new(FileFormats.Pdf, Library + id + ".pdf")];
        if (roll < 70 || kind is ItemKind.Law or ItemKind.Book)
        {
            files.Add(new(FileFormats.Word, Library + id + ".docx"));
        }

        if (roll < 25 || kind is ItemKind.Book)
        {
            files.Add(new(FileFormats.Audio, Library + id + ".mp3"));
        }

        if (roll < 8 || kind is ItemKind.Law)
        {
            files.Add(new(FileFormats.Braille, Library + id + ".brf"));
        }

        return new BookshelfItem
        {
            Id = id,
            Title = title,
            Kind = kind,
            CommitteeId = committeeId,
            MeetingId = meetingId,
            PublishedOn = published,
            Files = files,
            Keywords = keywords + " " + published.Year.ToString(CultureInfo.InvariantCulture) + " " + (published.Year + 543).ToString(CultureInfo.InvariantCulture),
            IsPublic = isPublic,
        };
    }
}
