using Marten;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Senate.ChatBot.Features.Bookshelf;

public static class BookshelfSetup
{
    /// <summary>
    /// Title search runs on a GIN trigram index (pg_trgm) over a copy of the search text: trigrams need no
    /// word breaks, which Thai does not write, and they rank near-misses.
    /// </summary>
    public static StoreOptions AddBookshelfDocuments(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        options.Schema.For<BookshelfItem>()
            .Duplicate(b => b.SearchText, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            })
            .Duplicate(b => b.CommitteeId!)
            .Duplicate(b => b.PublishedOn)
            .Duplicate(b => b.IsPublic);
        return options;
    }

    public static IServiceCollection AddBookshelf(this IServiceCollection services) =>
        services.AddSingleton<BookshelfSearch>();
}
