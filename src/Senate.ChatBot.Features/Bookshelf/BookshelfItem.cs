namespace Senate.ChatBot.Features.Bookshelf;

public enum ItemKind
{
    MeetingDocument,
    Report,
    Minutes,
    Law,
    Book,
}

/// <summary>
/// An item on the electronic bookshelf with every edition it exists in. Word and audio editions serve
/// members who read with a screen reader or listen; Braille editions are ordered on paper.
/// </summary>
public sealed record BookshelfItem
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public ItemKind Kind { get; init; }

    /// <summary>The body it belongs to (a committee id or "senate"), if any.</summary>
    public string? CommitteeId { get; init; }

    public string? MeetingId { get; init; }

    public required DateOnly PublishedOn { get; init; }

    public IReadOnlyList<BookshelfFile> Files { get; init; } = [];

    /// <summary>Extra words to find it by (the committee's name, subjects), searched with the title.</summary>
    public string Keywords { get; init; } = "";

    /// <summary>Documents of closed meetings are for members and staff only.</summary>
    public bool IsPublic { get; init; } = true;

    /// <summary>What text search looks in; stored in its own column with a trigram index.</summary>
    public string SearchText => $"{Title} {Keywords}".ToLowerInvariant();

    public IEnumerable<string> Formats => Files.Select(f => f.Format).Distinct(StringComparer.Ordinal);
}

/// <summary>One edition of an item: its format (see <see cref="FileFormats"/>) and where to get it.</summary>
public sealed record BookshelfFile(string Format, string Url);
