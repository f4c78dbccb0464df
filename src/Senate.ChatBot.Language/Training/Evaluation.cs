namespace Senate.ChatBot.Language.Training;

/// <summary>How well predicted intents match labeled ones: accuracy, per-intent scores and the confusions.</summary>
public sealed record Evaluation(
    int Total,
    double Accuracy,
    IReadOnlyList<IntentScores> PerIntent,
    IReadOnlyList<Confusion> Confusions,
    IReadOnlyList<Miss> Misses)
{
    public IntentScores For(string intent) => PerIntent.Single(s => s.Intent == intent);

    public static Evaluation Of(IReadOnlyList<(LabeledUtterance Utterance, string Predicted)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var intents = results.Select(r => r.Utterance.Intent).Concat(results.Select(r => r.Predicted)).Distinct().Order(StringComparer.Ordinal);
        var perIntent = intents.Select(intent =>
        {
            var truePositives = results.Count(r => r.Predicted == intent && r.Utterance.Intent == intent);
            var predicted = results.Count(r => r.Predicted == intent);
            var actual = results.Count(r => r.Utterance.Intent == intent);
            var precision = predicted == 0 ? 0 : truePositives / (double)predicted;
            var recall = actual == 0 ? 0 : truePositives / (double)actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new IntentScores(intent, actual, precision, recall, f1);
        }).ToList();

        var misses = results.Where(r => r.Predicted != r.Utterance.Intent)
            .Select(r => new Miss(r.Utterance.Text, r.Utterance.Intent, r.Predicted)).ToList();
        var confusions = misses.GroupBy(m => (m.Expected, m.Predicted))
            .Select(g => new Confusion(g.Key.Expected, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Expected, StringComparer.Ordinal).ToList();
        var accuracy = results.Count == 0 ? 0 : (results.Count - misses.Count) / (double)results.Count;
        return new Evaluation(results.Count, accuracy, perIntent, confusions, misses);
    }
}

public sealed record IntentScores(string Intent, int Support, double Precision, double Recall, double F1);

public sealed record Confusion(string Expected, string Predicted, int Count);

public sealed record Miss(string Text, string Expected, string Predicted);
