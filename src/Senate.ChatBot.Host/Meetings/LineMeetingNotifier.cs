using System.Security.Cryptography;
using System.Text;
using Marten;
using Senate.ChatBot.Features.Meetings.Notices;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Host.Channels.Line.Messages;
using Senate.ChatBot.Host.Channels.Line.Outbox;

namespace Senate.ChatBot.Host.Meetings;

/// <summary>
/// Meeting notices go to the member's linked LINE account through the LINE push outbox. The retry key
/// comes from the notice id, so a notice handed over twice (two hosts, or a crash before it was marked)
/// is still one push: the outbox keeps the first and LINE honours the key.
/// </summary>
internal sealed class LineMeetingNotifier(IDocumentStore store, LineOutbox outbox) : IMeetingNotifier
{
    public async Task<bool> NotifyAsync(MeetingNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using var session = store.QuerySession();
        var link = await session.Query<MemberLink>().FirstOrDefaultAsync(l => l.MemberNumber == notice.MemberNumber, cancellationToken);
        if (link is null)
        {
            return false;
        }

        await outbox.EnqueueAsync(link.Id, [LineMessageBuilder.Text(notice.Text)], RetryKey(notice.Id), cancellationToken);
        return true;
    }

    private static Guid RetryKey(string noticeId) => new(SHA256.HashData(Encoding.UTF8.GetBytes(noticeId)).AsSpan(0, 16));
}
