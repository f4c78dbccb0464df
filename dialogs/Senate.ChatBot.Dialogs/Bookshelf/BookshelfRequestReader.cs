using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Bookshelf;

/// <summary>
/// Reads a bookshelf request or a narrowing reply: the format named, the committee (when one body
/// fits), dates and a year ("ปี 2568"), and the title words left once request words, dates and the
/// committee have been taken out.
/// </summary>
public sealed partial class BookshelfRequestReader(EntityExtractor entities, CommitteeDirectory committees)
{
    // Thai has no spaces: request words are stripped only from the start or end of a run of text, never
    // from inside, so "ปัญหา" keeps its "หา".
    private static readonly string[] LeadingThai =
        ["ชั้นหนังสืออิเล็กทรอนิกส์", "ชั้นหนังสือ", "ช่วยค้นหา", "ค้นหา", "ขอดู", "อยากได้", "ต้องการ", "เอกสาร", "หา", "ขอ", "ดู"];

    private static readonly string[] TrailingThai = ["ครับ", "ค่ะ", "คะ", "หน่อย", "ด้วย", "ฉบับ", "แบบ", "เป็น", "ของ", "ไฟล์", "รูปแบบ", "ที่", "ใน"];

    private static readonly HashSet<string> EnglishFillers = new(StringComparer.Ordinal)
    {
        "please", "search", "find", "documents", "document", "about", "the", "for", "on", "a", "in", "format", "bookshelf", "me", "of", "as",
    };

    public async Task<BookshelfQuery> ReadAsync(string? text, DateOnly today, BookshelfQuery? earlier, CancellationToken cancellationToken)
    {
        var said = text ?? "";
        var found = entities.Extract(said, today);
        var query = earlier ?? new BookshelfQuery();
        var rest = new StringBuilder(TextNormalizer.FoldCaseAndDigits(said));
        foreach (var entity in found.OrderByDescending(e => e.Offset))
        {
            rest.Remove(entity.Offset, entity.Length).Insert(entity.Offset, ' ');
        }

        var dates = found.OfType<DateRangeEntity>().Select(r => ((DateOnly?)r.Start, (DateOnly?)r.End))
            .Concat(found.OfType<DateEntity>().Select(d => ((DateOnly?)d.Date, (DateOnly?)d.Date)))
            .FirstOrDefault();
        if (Year().Match(rest.ToString()) is { Success: true } year)
        {
            var ce = int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture) - (year.Groups["y"].Value.StartsWith("25", StringComparison.Ordinal) ? 543 : 0);
            dates = (new DateOnly(ce, 1, 1), new DateOnly(ce, 12, 31));
            rest.Replace(year.Value, " ");
        }

        // Only a named committee narrows: "วุฒิสภา" in "คู่มือสมาชิกวุฒิสภา" is part of a title.
        var bodies = CommitteeCue().IsMatch(TextNormalizer.FoldCaseAndDigits(said)) ? await committees.MatchAsync(said, cancellationToken) : [];
        var committeeId = bodies.Count == 1 ? bodies[0].Id
            : bodies.Count == 0 && found.OfType<CommitteeEntity>().FirstOrDefault()?.Committee.Id is { } id && await committees.FindAsync(id, cancellationToken) is not null ? id
            : null;
        var format = FileFormats.Find(said);
        var words = Words(rest.ToString(), format is not null);
        return query with
        {
            Format = format ?? query.Format,
            CommitteeId = committeeId ?? query.CommitteeId,
            From = dates.Item1 ?? query.From,
            To = dates.Item2 ?? query.To,
            Words = string.Join(' ', new[] { query.Words, words }.Where(w => !string.IsNullOrWhiteSpace(w))),
        };
    }

    public static bool IsEmpty(BookshelfQuery query) =>
        string.IsNullOrWhiteSpace(query?.Words) && query?.CommitteeId is null && query?.Format is null && query?.From is null;

    private static string Words(string text, bool formatNamed)
    {
        var rest = CommitteeCue().Replace(text, " ");
        if (formatNamed)
        {
            rest = FormatWords().Replace(rest, " ");
        }

        var tokens = Separators().Split(rest)
            .Select(t => Trim(t.Trim()))
            .Where(t => t.Length > 1 && !EnglishFillers.Contains(t));
        return string.Join(' ', tokens);
    }

    private static string Trim(string token)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var lead in LeadingThai.Where(l => token.StartsWith(l, StringComparison.Ordinal) && token.Length > l.Length))
            {
                (token, changed) = (token[lead.Length..], true);
                break;
            }

            foreach (var tail in TrailingThai.Where(t => token.EndsWith(t, StringComparison.Ordinal) && token.Length > t.Length))
            {
                (token, changed) = (token[..^tail.Length], true);
                break;
            }
        }

        return LeadingThai.Contains(token) || TrailingThai.Contains(token) ? "" : token;
    }

    [GeneratedRegex(@"\s+|เรื่อง|เกี่ยวกับ|[,;:()]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?:ปี|พ\.?ศ\.?|year)\s*(?<y>25\d\d|20\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"คณะอนุกรรมาธิการ|คณะกรรมาธิการ|กรรมาธิการ|กมธ\.?|committee", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeCue();

    [GeneratedRegex(@"หนังสือเสียง|ไฟล์เสียง|เสียง|อักษรเบรลล์|เบรลล์|เบรล|เวิร์ด|เวิด|พีดีเอฟ|audio|mp3|daisy|braille|word|docx|pdf", RegexOptions.CultureInvariant)]
    private static partial Regex FormatWords();
}
