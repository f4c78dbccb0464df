using System.Text.Json;
using Senate.ChatBot.FakeLine;

namespace Senate.ChatBot.Bench;

/// <summary>
/// Follows the calls the hosts make to the fake LINE platform and completes each user's oldest
/// waiting message when its reply (matched by reply token) or a push to that user arrives, at the
/// moment the fake recorded it. A reply that is not for the user's oldest message breaks the order;
/// a push nobody waits for, or a second use of a reply token, is a duplicate answer.
/// </summary>
internal sealed class LineReplyWatcher : IAsyncDisposable
{
    private readonly FakeLinePlatform _fake;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<(string Token, TaskCompletionSource<DateTimeOffset> Reply)>> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userOfToken = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _following;
    private int _seen;

    public LineReplyWatcher(FakeLinePlatform fake)
    {
        _fake = fake;
        _following = FollowAsync();
    }

    public int OrderViolations { get; private set; }

    public int Duplicates { get; private set; }

    /// <summary>Call before sending the event, so even an instant reply is seen.</summary>
    public Task<DateTimeOffset> Expect(string userId, string replyToken)
    {
        var reply = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _userOfToken[replyToken] = userId;
            if (!_waiting.TryGetValue(userId, out var queue))
            {
                _waiting[userId] = queue = [];
            }

            queue.Add((replyToken, reply));
        }

        return reply.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _following;
        _stop.Dispose();
    }

    private async Task FollowAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var calls = _fake.State.Calls;
                for (; _seen < calls.Count; _seen++)
                {
                    Observe(calls[_seen]);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The phase ended.
        }
    }

    private void Observe(RecordedCall call)
    {
        if (call.Body is null || call.Operation is not ("reply" or "push"))
        {
            return;
        }

        using var body = JsonDocument.Parse(call.Body);
        lock (_gate)
        {
            if (call.Operation == "reply")
            {
                var token = body.RootElement.GetProperty("replyToken").GetString()!;
                if (call.Status != 200)
                {
                    Duplicates += call.Status == 400 ? 1 : 0; // the fake refuses a token used before
                    return;
                }

                if (_userOfToken.Remove(token, out var user) && _waiting.TryGetValue(user, out var queue))
                {
                    var at = queue.FindIndex(w => w.Token == token);
                    OrderViolations += at > 0 ? 1 : 0;
                    Complete(queue, at, call.At);
                }
            }
            else if (call.Status == 200 && body.RootElement.GetProperty("to").GetString() is { } to)
            {
                if (_waiting.TryGetValue(to, out var queue) && queue.Count > 0)
                {
                    _userOfToken.Remove(queue[0].Token);
                    Complete(queue, 0, call.At);
                }
                else
                {
                    Duplicates++;
                }
            }
        }
    }

    private static void Complete(List<(string Token, TaskCompletionSource<DateTimeOffset> Reply)> queue, int at, DateTimeOffset when)
    {
        queue[at].Reply.TrySetResult(when);
        queue.RemoveAt(at);
    }
}
