using System.Security.Cryptography;
using Marten;

namespace Senate.ChatBot.Features.Attachments;

/// <summary>Keeps uploaded files in PostgreSQL, addressed by an unguessable id.</summary>
public sealed class AttachmentStore(IDocumentStore store, TimeProvider time)
{
    /// <summary>Types a browser may show inline (as a thumbnail); everything else is a download.</summary>
    public static readonly IReadOnlySet<string> InlineTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "image/png", "image/jpeg", "image/gif", "image/webp",
    };

    public async Task<StoredAttachment> SaveAsync(string fileName, string contentType, byte[] content, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var attachment = new StoredAttachment(
            Guid.NewGuid(),
            SafeFileName(fileName),
            string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType,
            content.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            content,
            channel,
            time.GetUtcNow());
        await using var session = store.LightweightSession();
        session.Store(attachment);
        await session.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    public async Task<StoredAttachment?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<StoredAttachment>(id, cancellationToken);
    }

    /// <summary>What the files are (name, type, size) without reading their bytes, in the order asked.</summary>
    public async Task<IReadOnlyList<AttachmentInfo>> DescribeAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var session = store.QuerySession();
        var found = await session.Query<StoredAttachment>()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.FileName, a.ContentType, a.Length })
            .ToListAsync(cancellationToken);
        var byId = found.ToDictionary(a => a.Id, a => new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Length));
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    // Keeps the name readable (Thai included) but drops paths and characters that mean something to a shell or a header.
    private static string SafeFileName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        var cleaned = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/' or ';'))]).Trim();
        return cleaned.Length == 0 ? "attachment" : cleaned[..Math.Min(cleaned.Length, 120)];
    }
}
