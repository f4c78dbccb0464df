using Marten;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Features.Attachments;

namespace Senate.ChatBot.Features.Complaints.Retention;

/// <summary>
/// Deletes files that never became part of a complaint: a photo sent outside one, or during a
/// complaint the person never finished. They may show people or documents, so they are kept only
/// as long as an unfinished complaint can last (Complaints:UnfiledAttachmentDays). Files of filed
/// complaints stay until <see cref="ComplaintRetention"/> erases the complaint's personal data.
/// </summary>
public sealed class UnfiledAttachments(IDocumentStore store, IOptions<ComplaintOptions> options, TimeProvider time)
{
    /// <summary>Deletes what is due and returns how many files went.</summary>
    public async Task<int> DeleteAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.UnfiledAttachmentDays);
        await using var session = store.LightweightSession();
        var old = await session.Query<StoredAttachment>().Where(a => a.ReceivedAt < cutoff).Select(a => a.Id).ToListAsync(cancellationToken);
        if (old.Count == 0)
        {
            return 0;
        }

        var filed = (await session.Query<Complaint>().SelectMany(c => c.Attachments).ToListAsync(cancellationToken)).ToHashSet();
        var unfiled = old.Where(id => !filed.Contains(id)).ToArray();
        if (unfiled.Length > 0)
        {
            session.DeleteWhere<StoredAttachment>(a => unfiled.Contains(a.Id));
            await session.SaveChangesAsync(cancellationToken);
        }

        return unfiled.Length;
    }
}
