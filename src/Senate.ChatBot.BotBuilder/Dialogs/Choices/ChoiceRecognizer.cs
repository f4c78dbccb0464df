using Senate.ChatBot.BotBuilder.Recognizers;

namespace Senate.ChatBot.BotBuilder.Dialogs.Choices;

/// <summary>
/// Finds which choice a reply means, in order: an exact (normalized) value, title or synonym; a
/// number ("2", "๒", "ข้อ 2", "สอง", "อันแรก"); then the best partial or misspelt match scoring at
/// least <see cref="MinimumScore"/>, unless another choice scores nearly as well (ambiguous: no match).
/// </summary>
public static class ChoiceRecognizer
{
    public const float MinimumScore = 0.7f;

    /// <summary>Two choices closer than this are a tie: "ประชุม" fits both ตารางประชุม and เอกสารประชุม.</summary>
    private const float AmbiguityMargin = 0.05f;

    private static readonly string[] NumberPrefixes =
        ["ตัวเลือกที่", "ตัวเลือก", "หมายเลข", "ข้อที่", "อันที่", "ข้อ", "อัน", "ที่", "เลือก", "เบอร์", "number", "option", "choice", "no"];

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, bool allowNumbers = true)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalized = ThaiText.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var stripped = ThaiText.StripPoliteEndings(normalized);
        var candidates = choices.SelectMany((choice, index) => CandidatesOf(choice).Select(c => (Choice: choice, Index: index, Text: c)))
            .Select(c => (c.Choice, c.Index, c.Text, Normalized: ThaiText.Normalize(c.Text)))
            .Where(c => c.Normalized.Length > 0)
            .ToList();

        if (candidates.FirstOrDefault(c => c.Normalized == normalized || c.Normalized == stripped) is { Choice: not null } exact)
        {
            return new FoundChoice(exact.Choice.Value, exact.Index, 1f, exact.Text);
        }

        if (allowNumbers && ChoiceNumber(stripped, choices.Count) is { } number)
        {
            return new FoundChoice(choices[number].Value, number, 1f, text);
        }

        var scored = candidates
            .Select(c => (c.Choice, c.Index, c.Text, Score: TextSimilarity.Score(stripped, c.Normalized)))
            .Where(c => c.Score >= MinimumScore)
            .GroupBy(c => c.Index)
            .Select(g => g.MaxBy(c => c.Score))
            .OrderByDescending(c => c.Score)
            .Take(2)
            .ToList();
        return scored switch
        {
            [] => null,
            [var best, var second] when second.Score > best.Score - AmbiguityMargin => null,
            [var best, ..] => new FoundChoice(best.Choice.Value, best.Index, best.Score, best.Text),
        };
    }

    private static IEnumerable<string> CandidatesOf(Choice choice)
    {
        yield return choice.Value;
        if (choice.Action?.Title is { } title)
        {
            yield return title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static int? ChoiceNumber(string normalized, int count)
    {
        var prefix = NumberPrefixes.FirstOrDefault(p => normalized.Length > p.Length && normalized.StartsWith(p, StringComparison.Ordinal));
        var rest = prefix is null ? normalized : normalized[prefix.Length..];
        int? number = rest switch
        {
            "แรก" or "first" => 1,
            "second" => 2,
            "third" => 3,
            "สุดท้าย" or "last" => count,
            _ when ThaiNumberRecognizer.TryParse(rest, out var value) && decimal.IsInteger(value) && value is >= 1 and <= int.MaxValue => (int)value,
            _ => null,
        };
        return number is >= 1 && number <= count ? number - 1 : null;
    }
}
