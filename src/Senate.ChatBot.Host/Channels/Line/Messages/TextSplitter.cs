namespace Senate.ChatBot.Host.Channels.Line.Messages;

/// <summary>
/// Splits a long answer into pieces LINE accepts (≤ 5,000 UTF-16 units), preferring a paragraph
/// break, then a line break, then a space, and never cutting a surrogate pair in two.
/// </summary>
internal static class TextSplitter
{
    public static IEnumerable<string> Split(string text, int max = LineLimits.TextLength)
    {
        var rest = text.AsMemory();
        while (rest.Length > max)
        {
            var window = rest.Span[..max];
            var cut = Best(window);
            if (cut <= 0)
            {
                cut = char.IsHighSurrogate(window[^1]) ? max - 1 : max;
            }

            yield return rest[..cut].ToString().TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest.ToString();
        }
    }

    // Only a break in the second half of the window is worth it; otherwise pieces get tiny.
    private static int Best(ReadOnlySpan<char> window)
    {
        foreach (var separator in (ReadOnlySpan<string>)["\n\n", "\n", " "])
        {
            var at = window.LastIndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at > window.Length / 2)
            {
                return at + separator.Length;
            }
        }

        return -1;
    }
}
