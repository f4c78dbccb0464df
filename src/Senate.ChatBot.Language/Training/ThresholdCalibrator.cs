using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Language.Training;

/// <summary>
/// Chooses the confidence below which the answer is "none" from out-of-fold predictions (k-fold
/// cross-validation on the training data), so the threshold is set on utterances the model did not see.
/// </summary>
public static class ThresholdCalibrator
{
    public sealed record Calibration(double Threshold, double CrossValidatedAccuracy);

    public static Calibration Calibrate(IReadOnlyList<LabeledUtterance> utterances, int folds = 5, int seed = IntentTrainer.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(utterances);

        // Stratified folds: the n-th utterance of each intent goes to fold n mod k.
        var fold = new int[utterances.Count];
        foreach (var group in utterances.Select((u, i) => (u.Intent, Index: i)).GroupBy(x => x.Intent))
        {
            var n = 0;
            foreach (var item in group)
            {
                fold[item.Index] = n++ % folds;
            }
        }

        var predictions = new List<(string Truth, string Predicted, double Score)>(utterances.Count);
        for (var k = 0; k < folds; k++)
        {
            var train = utterances.Where((_, i) => fold[i] != k).ToList();
            var classifier = IntentTrainer.Train(train, seed);
            foreach (var utterance in utterances.Where((_, i) => fold[i] == k))
            {
                var (intent, score) = classifier.Predict(utterance.Text);
                predictions.Add((utterance.Intent, intent, score));
            }
        }

        // Every threshold from 0 to 0.95; of those with the best accuracy take the middle one, away from both edges.
        var candidates = Enumerable.Range(0, 96).Select(t => t / 100.0)
            .Select(t => (Threshold: t, Accuracy: predictions.Count(p => Apply(p.Predicted, p.Score, t) == p.Truth) / (double)predictions.Count))
            .ToList();
        var best = candidates.Max(c => c.Accuracy);
        var tied = candidates.Where(c => c.Accuracy == best).ToList();
        return new Calibration(tied[tied.Count / 2].Threshold, best);
    }

    public static string Apply(string intent, double score, double threshold) => score < threshold ? Intents.None : intent;
}
