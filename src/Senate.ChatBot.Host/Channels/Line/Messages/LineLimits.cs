namespace Senate.ChatBot.Host.Channels.Line.Messages;

/// <summary>The Messaging API's limits that our messages must stay inside.</summary>
internal static class LineLimits
{
    public const int MessagesPerRequest = 5;
    public const int TextLength = 5000;
    public const int QuickReplyItems = 13;
    public const int QuickReplyLabel = 20;
    public const int ButtonLabel = 40;
    public const int ActionText = 300;
    public const int PostbackData = 300;
    public const int AltText = 1500;
    public const int CarouselBubbles = 12;

    /// <summary>Cuts to at most <paramref name="max"/> UTF-16 units without splitting a surrogate pair, marking the cut.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
