namespace Senate.ChatBot.BotBuilder.Dialogs.Choices;

/// <summary>How well a normalized reply matches a normalized choice, from 0 to 1.</summary>
internal static class TextSimilarity
{
    private const int MinimumPartLength = 3;

    public static float Score(string reply, string candidate)
    {
        if (reply == candidate)
        {
            return 1f;
        }

        // A sentence that contains the option ("ขอดูตารางประชุมหน่อย"): strong, more so the more of it the option is.
        if (candidate.Length >= MinimumPartLength && reply.Contains(candidate, StringComparison.Ordinal))
        {
            return 0.8f + (0.19f * candidate.Length / reply.Length);
        }

        // A reply that is part of the option ("ตาราง" for "ตารางประชุม").
        if (reply.Length >= MinimumPartLength && candidate.Contains(reply, StringComparison.Ordinal))
        {
            return 0.7f + (0.29f * reply.Length / candidate.Length);
        }

        var longest = Math.Max(reply.Length, candidate.Length);
        return 1f - ((float)EditDistance(reply, candidate) / longest);
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
