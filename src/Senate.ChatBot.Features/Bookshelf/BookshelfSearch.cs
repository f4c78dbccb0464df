using System.Text.Json;
using Marten;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Bookshelf;

/// <summary>
/// Finds bookshelf items with PostgreSQL trigrams (pg_trgm) over title and keywords, so Thai written
/// without spaces matches inside longer words and near-misses still score. An item whose text holds
/// every typed word ranks first, then by word similarity, then newest. The public sees public items only.
/// </summary>
public sealed class BookshelfSearch(IDocumentStore store)
{
    public async Task<IReadOnlyList<BookshelfItem>> SearchAsync(BookshelfQuery query, Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(viewer);
        var words = (query.Words ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var phrase = string.Join(' ', words);
        var patterns = words.Select(w => "%" + EscapeLike(w) + "%").ToArray();
        var files = query.Format is null ? "[]" : JsonSerializer.Serialize(new[] { new { Format = query.Format } });

        // Parameters are positional (?) and always bound, so no input ever becomes SQL.
        const string Sql = """
            where (?::text = '' or d.search_text like all(?::text[]) or ?::text <% d.search_text)
              and (?::text is null or d.committee_id = ?::text)
              and (?::text is null or d.data ->> 'MeetingId' = ?::text)
              and (?::text = '[]' or d.data -> 'Files' @> ?::jsonb)
              and (?::date is null or d.published_on >= ?::date)
              and (?::date is null or d.published_on <= ?::date)
              and (?::boolean or d.is_public)
            order by (d.search_text like all(?::text[])) desc, word_similarity(?::text, d.search_text) desc, d.published_on desc, d.id
            limit ?
            """;
        await using var session = store.QuerySession();
        return await session.QueryAsync<BookshelfItem>(Sql, cancellationToken,
            phrase, patterns, phrase,
            query.CommitteeId!, query.CommitteeId!,
            query.MeetingId!, query.MeetingId!,
            files, files,
            query.From!, query.From!,
            query.To!, query.To!,
            viewer.IsStaff || viewer.MemberNumber is not null,
            patterns, phrase,
            query.Limit);
    }

    public async Task<BookshelfItem?> FindAsync(string id, Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var session = store.QuerySession();
        var item = await session.LoadAsync<BookshelfItem>(id, cancellationToken);
        return item is not null && (item.IsPublic || viewer.IsStaff || viewer.MemberNumber is not null) ? item : null;
    }

    public async Task<IReadOnlyList<BookshelfItem>> ManyAsync(IEnumerable<string> ids, Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var session = store.QuerySession();
        var items = await session.LoadManyAsync<BookshelfItem>(cancellationToken, [.. ids]);
        return [.. items.Where(i => i.IsPublic || viewer.IsStaff || viewer.MemberNumber is not null)];
    }

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
