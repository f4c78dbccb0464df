using System.Text.Json;

namespace Senate.ChatBot.Language.Embedded;

/// <summary>
/// What the shipped model was trained from and how it is used: the training data's fingerprint (a test
/// fails when the data changed and the model was not retrained), the seed, and the calibrated threshold.
/// </summary>
public sealed record ModelManifest(string TrainingFingerprint, int Utterances, int Seed, double Threshold, double CrossValidatedAccuracy)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static ModelManifest Read(Stream json) =>
        JsonSerializer.Deserialize<ModelManifest>(json, Json) ?? throw new InvalidDataException("The model manifest is empty.");

    public void Write(Stream json) => JsonSerializer.Serialize(json, this, Json);
}
