using System.Security.Cryptography;
using System.Text;
using Marten;
using Marten.Exceptions;
using Npgsql;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// Files complaints into the register. Filing is idempotent: the stream id is derived from the
/// caller's key (for the bot, the channel, conversation and id of the confirming message), so a
/// redelivered or retried turn finds the complaint it already filed instead of filing a second one.
/// </summary>
public sealed class ComplaintRegister(IDocumentStore store, BusinessCalendars calendars, ComplaintChanges changes, TimeProvider time)
{
    private const int ReferenceAttempts = 5;

    public async Task<FiledComplaint> FileAsync(NewComplaint complaint, string idempotencyKey, Actor by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        Validate(complaint);
        var id = StreamIdFor(idempotencyKey);
        var now = time.GetUtcNow();
        var due = (await calendars.CurrentAsync(cancellationToken)).DueAt(now, ResponseClock.AnswerDays);
        for (var attempt = 1; ; attempt++)
        {
            // The Buddhist-era year of receipt in Bangkok, as on every Thai government document.
            var reference = ComplaintReference.New(BangkokTime.DateOf(now).Year + 543);
            await using var session = store.LightweightSession();
            session.Events.StartStream<Complaint>(id, new ComplaintSubmitted(
                reference, complaint.Channel, complaint.Category, complaint.Subject.Trim(), complaint.Text.Trim(), complaint.Attachments,
                complaint.Contact, complaint.ReplyTo, complaint.Anonymous, complaint.Consent, now, due, by, now));
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                changes.Signal();
                return new FiledComplaint(id, reference, due, AlreadyFiled: false);
            }
            catch (ExistingStreamIdCollisionException)
            {
                await using var query = store.QuerySession();
                var existing = await query.LoadAsync<Complaint>(id, cancellationToken) ?? throw new ComplaintNotFoundException(id);
                return new FiledComplaint(id, existing.Reference, existing.DueAt, AlreadyFiled: true);
            }
            catch (Exception e) when (attempt < ReferenceAttempts && IsUniqueViolation(e))
            {
                // Two complaints drew the same random reference (about one in 10⁸): draw again.
            }
        }
    }

    /// <summary>Stream ids are UUIDs made from the key, so the same key always names the same complaint.</summary>
    public static Guid StreamIdFor(string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"complaint:{idempotencyKey}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private static void Validate(NewComplaint complaint)
    {
        if (string.IsNullOrWhiteSpace(complaint.Text) || complaint.Text.Length > NewComplaint.MaxTextLength)
        {
            throw new ComplaintRuleException($"The description must have 1 to {NewComplaint.MaxTextLength} characters.");
        }

        if (complaint.Anonymous && (complaint.Contact is not null || complaint.ReplyTo is not null))
        {
            throw new ComplaintRuleException("An anonymous complaint keeps neither contact details nor a reply address.");
        }

        if (complaint.Channel.IsChat() && complaint.Consent is null)
        {
            throw new ComplaintRuleException("A complaint filed in the chat needs the complainant's consent to the privacy notice.");
        }
    }

    private static bool IsUniqueViolation(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
