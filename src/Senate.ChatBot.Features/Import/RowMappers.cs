using System.Globalization;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Features.Import;

/// <summary>
/// Rows to documents. A body is named by its id or by a name that matches one body only; lists use
/// ";"; a committee seat is "finance:chair"; a file is "docx=https://...".
/// </summary>
internal static class RowMappers
{
    public static Committee Committee(SourceRow row) => new()
    {
        Id = row.Required("id"),
        ThaiName = row.Required("thaiName"),
        EnglishName = row.Text("englishName") ?? row.Required("thaiName"),
        Kind = row.Choice("kind", BodyKind.StandingCommittee),
        ParentId = row.Text("parentId"),
        Aliases = row.List("aliases"),
    };

    public static MemberRecord Member(SourceRow row) => new()
    {
        Id = Number(row.Required("number")),
        ThaiName = row.Required("thaiName"),
        EnglishName = row.Text("englishName") ?? row.Required("thaiName"),
        Seats = [.. row.List("seats").Select(Seat)],
        Contact = new MemberContact(row.Text("email"), row.Text("phone"), row.Text("office")),
        PreferredFormats = [.. row.List("preferredFormats").Select(Format)],
    };

    public static Meeting Meeting(SourceRow row, IReadOnlyList<Committee> bodies)
    {
        var body = Body(row.Required("body"), bodies);
        var start = row.Instant("start");
        var end = row.Text("end") is null ? start.AddHours(3) : row.Instant("end");
        if (end <= start)
        {
            throw new ImportRowException("'end' must be after 'start'");
        }

        return new Meeting
        {
            Id = row.Required("id"),
            BodyId = body.Id,
            ParentBodyId = body.ParentId,
            BodyThai = body.ThaiName,
            BodyEnglish = body.EnglishName,
            Title = row.Required("title"),
            Agenda = row.List("agenda"),
            Start = start,
            End = end,
            Room = row.Text("room") ?? "",
            Status = row.Choice("status", MeetingStatus.Scheduled),
            Invited = [.. row.List("invited").Select(Number)],
            Documents = row.List("documents"),
            IsPublic = row.Flag("public", missing: false),
        };
    }

    public static BookshelfItem Item(SourceRow row, IReadOnlyList<Committee> bodies) => new()
    {
        Id = row.Required("id"),
        Title = row.Required("title"),
        Kind = row.Choice("kind", ItemKind.Report),
        CommitteeId = row.Text("committee") is { } name ? Body(name, bodies).Id : null,
        MeetingId = row.Text("meeting"),
        PublishedOn = row.Date("published"),
        Files = row.List("files").Select(File).ToList() is { Count: > 0 } files ? files : throw new ImportRowException("'files' is missing"),
        Keywords = row.Text("keywords") ?? "",
        IsPublic = row.Flag("public", missing: true),
    };

    private static Committee Body(string name, IReadOnlyList<Committee> bodies)
    {
        if (bodies.FirstOrDefault(b => string.Equals(b.Id, name, StringComparison.OrdinalIgnoreCase)) is { } byId)
        {
            return byId;
        }

        var matches = CommitteeMatcher.Match(bodies, name);
        return matches.Count == 1 ? matches[0]
            : matches.Count == 0 ? throw new ImportRowException($"no body is called '{name}'")
            : throw new ImportRowException($"'{name}' could be {string.Join(" or ", matches.Select(m => m.Id))}; use the id");
    }

    private static string Number(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n.ToString(CultureInfo.InvariantCulture)
            : throw new ImportRowException($"'{text}' is not a member number");

    private static CommitteeSeat Seat(string text)
    {
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        var role = parts.Length == 1 ? SeatRole.Member
            : Enum.TryParse<SeatRole>(parts[1].Replace("-", "", StringComparison.Ordinal), true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new ImportRowException($"'{parts[1]}' is not a committee position");
        return new CommitteeSeat(parts[0], role);
    }

    private static string Format(string text) =>
        FileFormats.All.Contains(text.ToLowerInvariant()) ? text.ToLowerInvariant() : throw new ImportRowException($"'{text}' is not a format ({string.Join(", ", FileFormats.All)})");

    private static BookshelfFile File(string text)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && Uri.TryCreate(parts[1], UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            ? new BookshelfFile(Format(parts[0]), parts[1])
            : throw new ImportRowException($"'{text}' is not format=https://link");
    }
}
