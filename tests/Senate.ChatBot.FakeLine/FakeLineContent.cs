namespace Senate.ChatBot.FakeLine;

/// <summary>The data API's side of the state: the content of users' photo and file messages.</summary>
public sealed partial class FakeLineState
{
    private readonly Dictionary<string, (byte[] Bytes, string ContentType)> _contents = new(StringComparer.Ordinal);

    /// <summary>What the data API serves for a user's photo or file message (getMessageContent); unknown ids answer 404.</summary>
    public void AddContent(string messageId, byte[] bytes, string contentType)
    {
        lock (_gate)
        {
            _contents[messageId] = (bytes, contentType);
        }
    }

    internal (byte[] Bytes, string ContentType)? Content(string messageId)
    {
        lock (_gate)
        {
            return _contents.TryGetValue(messageId, out var content) ? content : null;
        }
    }
}
