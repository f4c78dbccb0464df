using System.Text.Json.Nodes;

namespace Senate.ChatBot.FakeLine;

/// <summary>One call the service made to the fake, with the status the fake answered.</summary>
public sealed record RecordedCall(string Operation, int Status, string? RetryKey, string? Body, DateTimeOffset At);

/// <summary>A message the fake accepted for a chat, and whether it came as a reply or a push.</summary>
public sealed record DeliveredMessage(string ChatId, string Via, JsonObject Message);

/// <summary>Everything the fake platform remembers; thread-safe, read through snapshots.</summary>
public sealed partial class FakeLineState
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string ChatId, DateTimeOffset IssuedAt, bool Used)> _replyTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string UserId, DateTimeOffset IssuedAt, bool Used)> _linkTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acceptedRetryKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<(int Status, int? RetryAfterSeconds)>> _faults = new(StringComparer.Ordinal);
    private readonly List<RecordedCall> _calls = [];
    private readonly List<DeliveredMessage> _delivered = [];
    private readonly List<string> _violations = [];

    public Dictionary<string, string> Friends { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> RichMenus { get; } = new(StringComparer.Ordinal);

    public HashSet<string> RichMenusWithImage { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> UserRichMenus { get; } = new(StringComparer.Ordinal);

    public Lock Gate => _gate;

    public IReadOnlyList<RecordedCall> Calls { get { lock (_gate) { return [.. _calls]; } } }

    public IReadOnlyList<DeliveredMessage> Delivered { get { lock (_gate) { return [.. _delivered]; } } }

    /// <summary>Requests that broke the OpenAPI schema or LINE's limits; a test expects none.</summary>
    public IReadOnlyList<string> Violations { get { lock (_gate) { return [.. _violations]; } } }

    public IReadOnlyList<DeliveredMessage> MessagesTo(string chatId) => [.. Delivered.Where(d => d.ChatId == chatId)];

    /// <summary>Makes the next <paramref name="times"/> calls of an operation ("reply", "push", ...) answer <paramref name="status"/>.</summary>
    public void Fail(string operation, int status, int times = 1, int? retryAfterSeconds = null)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(operation, out var queue))
            {
                _faults[operation] = queue = new();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue((status, retryAfterSeconds));
            }
        }
    }

    /// <summary>Every reply token issued so far stops working, as after LINE's one-minute limit.</summary>
    public void ExpireReplyTokens()
    {
        lock (_gate)
        {
            foreach (var token in _replyTokens.Keys.ToList())
            {
                _replyTokens[token] = _replyTokens[token] with { IssuedAt = DateTimeOffset.MinValue };
            }
        }
    }

    internal (int Status, int? RetryAfterSeconds)? TakeFault(string operation)
    {
        lock (_gate)
        {
            return _faults.TryGetValue(operation, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    internal void Record(RecordedCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }
    }

    internal void Violation(string violation)
    {
        lock (_gate)
        {
            _violations.Add(violation);
        }
    }

    internal void Deliver(string chatId, string via, JsonArray messages)
    {
        lock (_gate)
        {
            _delivered.AddRange(messages.Select(m => new DeliveredMessage(chatId, via, m!.AsObject())));
        }
    }

    internal void AddReplyToken(string token, string chatId, DateTimeOffset at)
    {
        lock (_gate)
        {
            _replyTokens[token] = (chatId, at, false);
        }
    }

    /// <summary>The chat of a token that is known, unused and younger than <paramref name="lifetime"/>; marks it used.</summary>
    internal string? UseReplyToken(string token, DateTimeOffset now, TimeSpan lifetime)
    {
        lock (_gate)
        {
            if (!_replyTokens.TryGetValue(token, out var entry) || entry.Used || now - entry.IssuedAt > lifetime)
            {
                return null;
            }

            _replyTokens[token] = entry with { Used = true };
            return entry.ChatId;
        }
    }

    internal bool AcceptRetryKey(string key)
    {
        lock (_gate)
        {
            return _acceptedRetryKeys.Add(key);
        }
    }

    internal void AddLinkToken(string token, string userId, DateTimeOffset at)
    {
        lock (_gate)
        {
            _linkTokens[token] = (userId, at, false);
        }
    }

    internal string? UseLinkToken(string token, DateTimeOffset now, TimeSpan lifetime)
    {
        lock (_gate)
        {
            if (!_linkTokens.TryGetValue(token, out var entry) || entry.Used || now - entry.IssuedAt > lifetime)
            {
                return null;
            }

            _linkTokens[token] = entry with { Used = true };
            return entry.UserId;
        }
    }
}
