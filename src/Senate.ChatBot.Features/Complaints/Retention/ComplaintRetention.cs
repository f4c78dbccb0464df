using Marten;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Features.Complaints.Notifications;

namespace Senate.ChatBot.Features.Complaints.Retention;

/// <summary>
/// Anonymises complaints resolved more than Complaints:RetentionMonths ago: the text, contact,
/// reply address, attachments, the complainant's answers and comments go; the reference, dates,
/// channel, category, subject, unit, outcome and rating stay, so the statistics stay. The stream
/// is kept (nothing is deleted from the register): a <see cref="ComplaintPersonalDataErased"/>
/// event records the erasure and the stored events are masked in place.
/// </summary>
public sealed class ComplaintRetention(IDocumentStore store, ComplaintWriter writer, IOptions<ComplaintOptions> options, TimeProvider time)
{
    /// <summary>Anonymises what is due and returns how many complaints this run anonymised (another host may have done some).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().AddMonths(-options.Value.RetentionMonths);
        IReadOnlyList<Complaint> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<Complaint>()
                .Where(c => !c.IsOpen && c.ResolvedAt < cutoff && !c.PersonalDataErased)
                .ToListAsync(cancellationToken);
        }

        var erased = 0;
        foreach (var complaint in due)
        {
            erased += await EraseAsync(complaint, cancellationToken) ? 1 : 0;
        }

        return erased;
    }

    private async Task<bool> EraseAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        // The event first: its projections blank the inbox row, timeline and statistics key in the same transaction.
        var erased = false;
        try
        {
            await writer.ChangeAsync(complaint.Id, null, change =>
            {
                erased = change.Complaint is { IsOpen: false, PersonalDataErased: false };
                return erased ? [new ComplaintPersonalDataErased(Actor.Retention, change.Now)] : [];
            }, cancellationToken);
        }
        catch (ComplaintChangedException)
        {
            // Someone changed it meanwhile (reopened it, or another host erased it): the next run decides again.
            return false;
        }

        if (!erased)
        {
            return false;
        }

        await store.Advanced.ApplyEventDataMasking(m => m.IncludeStream(complaint.Id), cancellationToken);

        await using var session = store.LightweightSession();
        session.DeleteWhere<ComplaintNotification>(n => n.ComplaintId == complaint.Id && n.RecipientId == ComplaintNotices.Citizen);
        foreach (var attachment in complaint.Attachments)
        {
            session.Delete<StoredAttachment>(attachment);
        }

        await session.SaveChangesAsync(cancellationToken);
        return true;
    }
}
