namespace Senate.ChatBot.Language.Training;

/// <summary>
/// Extra training variants of each utterance, made the way people vary their typing: a Thai polite
/// particle added or dropped ("ขอตารางประชุม" ↔ "ขอตารางประชุมครับ") and one slip of the finger (a
/// character dropped, doubled or swapped with its neighbour). Seeded, so training stays reproducible.
/// </summary>
public static class Augmentation
{
    // Longest first, so "นะครับ" is dropped whole.
    private static readonly string[] Particles = ["นะครับ", "นะคะ", "ครับผม", "ครับ", "ค่ะ", "คะ", "ค่า", "คับ", "จ้า", "จ้ะ"];
    private static readonly string[] Added = ["ครับ", "ค่ะ", "คะ", "นะคะ", "จ้า", "คับ"];

    public static IEnumerable<LabeledUtterance> Expand(IEnumerable<LabeledUtterance> utterances, int seed)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        var random = new Random(seed);
        foreach (var utterance in utterances)
        {
            yield return utterance;
            if (utterance.Text.Any(Recognition.TextNormalizer.IsThai))
            {
                yield return utterance with { Text = ToggleParticle(utterance.Text, random) };
            }

            if (utterance.Text.Length >= 4)
            {
                yield return utterance with { Text = Slip(utterance.Text, random) };
            }
        }
    }

    private static string ToggleParticle(string text, Random random)
    {
        var trimmed = text.TrimEnd();
        var particle = Particles.FirstOrDefault(p => trimmed.Length > p.Length && trimmed.EndsWith(p, StringComparison.Ordinal));
        return particle is null ? trimmed + Added[random.Next(Added.Length)] : trimmed[..^particle.Length].TrimEnd();
    }

    private static string Slip(string text, Random random)
    {
        var at = random.Next(1, text.Length - 1);
        if (char.IsSurrogate(text[at]) || char.IsSurrogate(text[at + 1]))
        {
            return text;
        }

        return random.Next(3) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, text[at].ToString()),
            _ => string.Concat(text.AsSpan(0, at), text.AsSpan(at + 1, 1), text.AsSpan(at, 1), text.AsSpan(at + 2)),
        };
    }
}
