using System.Globalization;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Dialogs.Bookshelf;

/// <summary>Search results as a short numbered list, each with its editions and one link (the preferred edition first).</summary>
public static class BookshelfLines
{
    public static string List(IReadOnlyList<BookshelfItem> items, IReadOnlyList<string> preferred, bool english) =>
        string.Join('\n', items.Select((item, i) =>
        {
            var files = Ordered(item, preferred);
            var formats = string.Join(", ", files.Select(f => FileFormats.Name(f.Format, english)));
            return english
                ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {item.Title} ({Kind(item.Kind, true)}, published {ThaiDates.Date(item.PublishedOn, true)}). Editions: {formats}. {files[0].Url}")
                : string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {item.Title} ({Kind(item.Kind, false)} เผยแพร่ {ThaiDates.Date(item.PublishedOn)}) มีแบบ {formats} ลิงก์ {files[0].Url}");
        }));

    /// <summary>The item's editions, those the person prefers (Word, audio for a screen-reader user) first.</summary>
    public static IReadOnlyList<BookshelfFile> Ordered(BookshelfItem item, IReadOnlyList<string> preferred)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(preferred);
        return [.. item.Files.OrderBy(f => preferred.Contains(f.Format) ? preferred.ToList().IndexOf(f.Format) : preferred.Count)];
    }

    private static string Kind(ItemKind kind, bool english) => (kind, english) switch
    {
        (ItemKind.MeetingDocument, false) => "เอกสารประกอบการประชุม",
        (ItemKind.Report, false) => "รายงาน",
        (ItemKind.Minutes, false) => "บันทึกการประชุม",
        (ItemKind.Law, false) => "กฎหมาย",
        (ItemKind.Book, false) => "หนังสือ",
        (ItemKind.MeetingDocument, true) => "meeting document",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
