using Senate.ChatBot.Language.Recognition;
using Senate.ChatBot.Language.Training;

namespace Senate.ChatBot.Language.Embedded;

/// <summary>The trained classifier with its calibrated threshold: below it the answer is "none".</summary>
public sealed class IntentModel(IntentClassifier classifier, ModelManifest manifest)
{
    private const string ZipResource = "Senate.ChatBot.Language.intent-model.zip";
    private const string ManifestResource = "Senate.ChatBot.Language.intent-model.json";

    public IntentClassifier Classifier { get; } = classifier;

    public ModelManifest Manifest { get; } = manifest;

    public (string Intent, double Score) Classify(string text)
    {
        // Nothing to read (empty, spaces, emoji alone): no model guess is better than "none".
        if (!TextNormalizer.Normalize(text).Any(char.IsLetterOrDigit))
        {
            return (Intents.None, 1.0);
        }

        var (intent, score) = Classifier.Predict(text);
        return (ThresholdCalibrator.Apply(intent, score, Manifest.Threshold), score);
    }

    /// <summary>The model shipped inside this assembly (made by <c>script/nlu train</c>).</summary>
    public static IntentModel LoadShipped()
    {
        var assembly = typeof(IntentModel).Assembly;
        using var zip = assembly.GetManifestResourceStream(ZipResource);
        using var json = assembly.GetManifestResourceStream(ManifestResource);
        if (zip is null || json is null)
        {
            throw new InvalidOperationException("The intent model is missing from the build: run script/nlu train.");
        }

        return new IntentModel(IntentClassifier.Load(zip), ModelManifest.Read(json));
    }

    /// <summary>Writes the model and its manifest as the files the build embeds.</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        using (var zip = File.Create(Path.Combine(folder, "intent-model.zip")))
        {
            Classifier.Save(zip);
        }

        using var json = File.Create(Path.Combine(folder, "intent-model.json"));
        Manifest.Write(json);
    }
}
