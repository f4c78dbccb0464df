namespace Senate.ChatBot.BotBuilder.Recognizers;

/// <summary>Spelled-out English numbers ("twenty-one", "one hundred and five", "a thousand").</summary>
internal static class EnglishNumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["a"] = 1,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m,
    };

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var words = text.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        decimal total = 0, current = 0;
        var any = false;
        foreach (var word in words)
        {
            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
            }
            else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
            }
            else if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            any = true;
        }

        value = total + current;
        return any && !(words is ["a"] or ["and"]);
    }
}
