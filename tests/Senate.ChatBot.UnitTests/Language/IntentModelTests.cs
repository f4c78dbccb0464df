using Senate.ChatBot.Language.Recognition;
using Senate.ChatBot.Language.Training;

namespace Senate.ChatBot.UnitTests.Language;

public sealed class IntentModelTests
{
    [Fact]
    public void Shipped_model_was_trained_from_the_training_data_in_the_repository()
    {
        var training = UtteranceFile.ReadFolder(LanguageFiles.TrainingFolder);

        Assert.Equal(UtteranceFile.Fingerprint(training), LanguageFiles.ShippedModel.Manifest.TrainingFingerprint);
        Assert.Equal(training.Count, LanguageFiles.ShippedModel.Manifest.Utterances);
    }

    [Fact]
    public void Held_out_set_reaches_the_promised_accuracy_and_none_recall()
    {
        var heldOut = LanguageFiles.HeldOut();

        var evaluation = Evaluation.Of([.. heldOut.Select(u => (u, LanguageFiles.ShippedModel.Classify(u.Text).Intent))]);

        Assert.True(evaluation.Accuracy >= 0.95, $"accuracy {evaluation.Accuracy:0.000}");
        Assert.True(evaluation.For(Intents.None).Recall >= 0.9, $"none recall {evaluation.For(Intents.None).Recall:0.000}");
    }

    [Fact]
    public void Held_out_utterances_are_not_in_the_training_data()
    {
        var training = UtteranceFile.ReadFolder(LanguageFiles.TrainingFolder).Select(u => Key(u.Text)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(LanguageFiles.HeldOut().Where(u => training.Contains(Key(u.Text))).Select(u => u.Text));
    }

    [Fact]
    public void Held_out_set_covers_every_intent_with_out_of_scope_lines_the_largest()
    {
        var counts = LanguageFiles.HeldOut().CountBy(u => u.Intent).ToDictionary();

        Assert.All(Intents.All, intent => Assert.True(counts.GetValueOrDefault(intent) >= 5, intent));
        Assert.Equal(Intents.None, counts.MaxBy(c => c.Value).Key);
    }

    [Fact]
    public void Training_is_reproducible_so_the_shipped_model_can_be_rebuilt()
    {
        var training = UtteranceFile.ReadFolder(LanguageFiles.TrainingFolder);
        var retrained = IntentTrainer.Train(training, LanguageFiles.ShippedModel.Manifest.Seed);

        foreach (var utterance in LanguageFiles.HeldOut().Take(60))
        {
            var shipped = LanguageFiles.ShippedModel.Classifier.Predict(utterance.Text);
            var again = retrained.Predict(utterance.Text);
            Assert.Equal(shipped.Intent, again.Intent);
            Assert.Equal(shipped.Score, again.Score, 4);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀😀")]
    public void Empty_or_broken_text_is_none_without_an_exception(string text)
    {
        var (intent, _) = LanguageFiles.ShippedModel.Classify(text);

        Assert.Equal(Intents.None, intent);
    }

    private static string Key(string text) => new([.. TextNormalizer.Normalize(text).Where(char.IsLetterOrDigit)]);
}
