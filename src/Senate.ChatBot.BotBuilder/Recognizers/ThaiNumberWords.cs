namespace Senate.ChatBot.BotBuilder.Recognizers;

/// <summary>Spelled-out Thai numbers. The whole text must be number words, so "สามารถ" is not 3.</summary>
internal static class ThaiNumberWords
{
    private const decimal Million = 1_000_000m;

    private static readonly (string Word, int Digit)[] Digits =
    [
        ("ศูนย์", 0), ("หนึ่ง", 1), ("นึง", 1), ("เอ็ด", 1), ("สอง", 2), ("ยี่", 2), ("สาม", 3), ("สี่", 4),
        ("ห้า", 5), ("หก", 6), ("เจ็ด", 7), ("แปด", 8), ("เก้า", 9),
    ];

    private static readonly (string Word, decimal Multiplier)[] Multipliers =
        [("สิบ", 10m), ("ร้อย", 100m), ("พัน", 1_000m), ("หมื่น", 10_000m), ("แสน", 100_000m), ("ล้าน", Million)];

    public static bool TryParse(string normalized, out decimal value)
    {
        value = 0;
        decimal millions = 0, group = 0;
        int? digit = null;
        var position = 0;
        while (position < normalized.Length)
        {
            if (Match(Digits, normalized, position) is { } d)
            {
                if (digit is not null)
                {
                    return false; // "หนึ่งสอง" is a digit sequence, not a number word.
                }

                digit = d.Value;
                position += d.Length;
            }
            else if (Match(Multipliers, normalized, position) is { } m)
            {
                if (m.Value == Million)
                {
                    // ล้าน multiplies everything before it: สองล้าน, ล้านล้าน, สองล้านสามแสนล้าน.
                    var before = millions + group + (digit ?? 0);
                    if (before > Million * Million)
                    {
                        return false;
                    }

                    millions = (before == 0 ? 1 : before) * Million;
                    group = 0;
                }
                else
                {
                    group += (digit ?? 1) * m.Value;
                }

                digit = null;
                position += m.Length;
            }
            else
            {
                return false;
            }
        }

        if (position == 0)
        {
            return false;
        }

        value = millions + group + (digit ?? 0);
        return true;
    }

    private static (TValue Value, int Length)? Match<TValue>((string Word, TValue Value)[] words, string text, int position)
    {
        foreach (var (word, value) in words)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
            {
                return (value, word.Length);
            }
        }

        return null;
    }
}
