using System.Security.Cryptography;
using System.Text;
using JasperFx.Events;
using Marten.Events.Aggregation;
using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Features.Complaints.Reports;

/// <summary>Builds <see cref="ComplaintFacts"/> inline; the quarterly report reads only these rows.</summary>
public sealed class ComplaintFactsProjection : SingleStreamProjection<ComplaintFacts, Guid>
{
    public override ComplaintFacts? Evolve(ComplaintFacts? snapshot, Guid id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is ComplaintSubmitted s)
        {
            return new ComplaintFacts
            {
                Id = id, Reference = s.Reference, Channel = s.Channel, Category = s.Category, Subject = s.Subject,
                ReceivedAt = s.ReceivedAt, DueAt = s.DueAt, ComplainantKey = KeyOf(s),
            };
        }

        if (snapshot is null)
        {
            return null;
        }

        switch (e.Data)
        {
            case ComplaintAssigned x:
                snapshot.Unit = x.Unit;
                break;
            case ComplaintInformationRequested x:
                snapshot.Pauses.Add(new ClockPause(x.At, null));
                break;
            case ComplaintInformationReceived x:
                snapshot.Pauses[^1] = snapshot.Pauses[^1] with { ResumedAt = x.At };
                snapshot.DueAt = x.DueAt;
                break;
            case ComplaintDueDatesRecomputed x:
                snapshot.DueAt = x.DueAt;
                break;
            case ComplaintReplied x when snapshot.FirstReplyAt is null:
                snapshot.FirstReplyAt = x.At;
                snapshot.AnsweredOnTime = x.At <= snapshot.DueAt;
                break;
            case ComplaintEscalated:
                snapshot.Escalated = true;
                break;
            case ComplaintResolved x:
                snapshot.Outcome = x.Outcome;
                break;
            case ComplaintFeedbackGiven x:
                snapshot.Stars = x.Stars;
                break;
            case ComplaintPersonalDataErased:
                snapshot.ComplainantKey = null;
                break;
        }

        return snapshot;
    }

    // The same person writing from the same phone, e-mail or chat account gets the same key.
    private static string? KeyOf(ComplaintSubmitted s)
    {
        var identity = s.Contact?.Phone is { Length: > 0 } phone ? "tel:" + string.Concat(phone.Where(char.IsAsciiDigit))
            : s.Contact?.Email is { Length: > 0 } email ? "mail:" + email.Trim().ToLowerInvariant()
            : s.ReplyTo is { } to ? $"chat:{to.ChannelId}:{to.UserId}"
            : null;
        return identity is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }
}
