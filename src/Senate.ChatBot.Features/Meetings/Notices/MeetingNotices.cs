using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marten;

namespace Senate.ChatBot.Features.Meetings.Notices;

/// <summary>
/// Plans the pushes a saved meeting owes its invited members (invitation or change at once, a reminder
/// at 08:00 the day before) as <see cref="MeetingNotice"/> documents in the same session as the
/// meeting, and lets the channel side drain them. Re-planning the same state adds nothing.
/// </summary>
public sealed class MeetingNotices(IDocumentStore store, TimeProvider time)
{
    /// <summary>Adds to <paramref name="session"/> what saving <paramref name="after"/> over <paramref name="before"/> must announce.</summary>
    public async Task PlanAsync(IDocumentSession session, Meeting? before, Meeting after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(after);
        var now = time.GetUtcNow();
        var planned = new List<MeetingNotice>();
        if (after.End > now)
        {
            var change = MeetingChange.Detect(before, after);
            var newlyInvited = before is null || change is not null
                ? []
                : after.Invited.Except(before.Invited, StringComparer.Ordinal).ToList();
            if (change is { } kind)
            {
                planned.AddRange(after.Invited.Select(member => Notice(after, member, kind, now, now)));
            }
            else if (after.Status == MeetingStatus.Scheduled)
            {
                planned.AddRange(newlyInvited.Select(member => Notice(after, member, NoticeKind.Invitation, now, now)));
            }
        }

        var reminderAt = MeetingChange.ReminderTime(after);
        var reminders = after.Status == MeetingStatus.Scheduled && reminderAt > now
            ? after.Invited.Select(member => Notice(after, member, NoticeKind.Reminder, reminderAt, now)).ToList()
            : [];
        var keep = reminders.Select(r => r.Id).ToArray();
        session.DeleteWhere<MeetingNotice>(n =>
            n.MeetingId == after.Id && n.Kind == NoticeKind.Reminder && n.DeliveredAt == null && !n.Id.IsOneOf(keep));
        planned.AddRange(reminders);

        var existing = await session.LoadManyAsync<MeetingNotice>(cancellationToken, [.. planned.Select(n => n.Id)]);
        var known = existing.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var notice in planned.Where(n => known.Add(n.Id)))
        {
            session.Store(notice);
        }
    }

    /// <summary>Notices due now, oldest first.</summary>
    public async Task<IReadOnlyList<MeetingNotice>> DueAsync(int limit, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var session = store.QuerySession();
        return await session.Query<MeetingNotice>()
            .Where(n => n.DeliveredAt == null && n.DueAt <= now)
            .OrderBy(n => n.DueAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Hands every due notice to <paramref name="notifier"/>; returns how many it took.</summary>
    public async Task<int> DispatchDueAsync(IMeetingNotifier notifier, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifier);
        var taken = 0;
        foreach (var notice in await DueAsync(limit, cancellationToken))
        {
            taken += await notifier.NotifyAsync(notice, cancellationToken) ? 1 : 0;
            await using var session = store.LightweightSession();
            session.Store(notice with { DeliveredAt = time.GetUtcNow() });
            await session.SaveChangesAsync(cancellationToken);
        }

        return taken;
    }

    public async Task<IReadOnlyList<MeetingNotice>> ForMeetingAsync(string meetingId, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<MeetingNotice>().Where(n => n.MeetingId == meetingId).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
    }

    private static MeetingNotice Notice(Meeting meeting, string member, NoticeKind kind, DateTimeOffset due, DateTimeOffset now) => new()
    {
        Id = IdOf(meeting, member, kind),
        MeetingId = meeting.Id,
        MemberNumber = member,
        Kind = kind,
        Text = NoticeText.For(kind, meeting),
        CreatedAt = now,
        DueAt = due,
    };

    // The announced state is part of the id: the same change planned twice is one notice, a new change another.
    private static string IdOf(Meeting meeting, string member, NoticeKind kind)
    {
        var key = string.Join('\n', meeting.Id, member, kind, meeting.Status, meeting.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            meeting.End.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), kind == NoticeKind.Reminder ? "" : meeting.Room);
        return "notice-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
    }
}
