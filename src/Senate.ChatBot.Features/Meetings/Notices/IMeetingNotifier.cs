namespace Senate.ChatBot.Features.Meetings.Notices;

/// <summary>
/// Hands a due notice to the channel that reaches the member (the LINE push outbox). True when the
/// channel has taken it for good, false when the member cannot be reached (not linked): both end it.
/// A thrown exception leaves the notice due, to be tried on the next round.
/// </summary>
public interface IMeetingNotifier
{
    Task<bool> NotifyAsync(MeetingNotice notice, CancellationToken cancellationToken);
}
