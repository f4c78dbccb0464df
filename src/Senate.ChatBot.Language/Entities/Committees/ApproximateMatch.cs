namespace Senate.ChatBot.Language.Entities.Committees;

/// <summary>
/// Approximate substring search (Sellers' edit-distance algorithm): where in a text a term occurs with the
/// fewest insertions, deletions and substitutions, so "สาธารณะสุข" still finds "สาธารณสุข".
/// </summary>
internal static class ApproximateMatch
{
    /// <summary>The fewest edits of <paramref name="term"/> found in <paramref name="text"/>, and where that occurrence ends.</summary>
    public static (int Errors, int End) Find(ReadOnlySpan<char> term, ReadOnlySpan<char> text)
    {
        Span<int> column = term.Length <= 128 ? stackalloc int[term.Length + 1] : new int[term.Length + 1];
        for (var i = 0; i <= term.Length; i++)
        {
            column[i] = i;
        }

        var best = (Errors: term.Length, End: 0);
        for (var j = 1; j <= text.Length; j++)
        {
            // Row 0 stays 0: a match may start anywhere in the text.
            var diagonal = 0;
            for (var i = 1; i <= term.Length; i++)
            {
                var above = column[i];
                column[i] = Math.Min(Math.Min(above + 1, column[i - 1] + 1), diagonal + (term[i - 1] == text[j - 1] ? 0 : 1));
                diagonal = above;
            }

            if (column[term.Length] < best.Errors)
            {
                best = (column[term.Length], j);
            }
        }

        return best;
    }

    /// <summary>How many edits a term of this length may have and still count: none for short words.</summary>
    public static int Allowed(int termLength) => termLength switch
    {
        >= 9 => 2,
        >= 5 => 1,
        _ => 0,
    };
}
