using System.Diagnostics;
using System.Globalization;
using Senate.ChatBot.Language.Embedded;
using Senate.ChatBot.Language.Training;

namespace Senate.ChatBot.Nlu;

/// <summary><c>nlu train</c>: calibrate the threshold by cross-validation, train on everything, write the model files.</summary>
internal static class TrainCommand
{
    public static int Run(Arguments args)
    {
        var culture = CultureInfo.InvariantCulture;
        var data = args["data"] ?? Repository.TrainingData;
        var output = args["out"] ?? Repository.ModelFolder;
        var seed = (int)args.Number("seed", IntentTrainer.DefaultSeed);
        var folds = (int)args.Number("folds", 5);

        var utterances = UtteranceFile.ReadFolder(data);
        Console.WriteLine(string.Create(culture, $"{utterances.Count} utterances from {data}"));

        var clock = Stopwatch.StartNew();
        var calibration = ThresholdCalibrator.Calibrate(utterances, folds, seed);
        Console.WriteLine(string.Create(culture,
            $"{folds}-fold cross-validation: accuracy {calibration.CrossValidatedAccuracy:0.000} at threshold {calibration.Threshold:0.00} ({clock.Elapsed.TotalSeconds:0.0} s)"));

        clock.Restart();
        var classifier = IntentTrainer.Train(utterances, seed);
        Console.WriteLine(string.Create(culture, $"trained on all utterances in {clock.Elapsed.TotalSeconds:0.0} s"));

        var manifest = new ModelManifest(UtteranceFile.Fingerprint(utterances), utterances.Count, seed, calibration.Threshold, Math.Round(calibration.CrossValidatedAccuracy, 4));
        new IntentModel(classifier, manifest).Save(output);
        Console.WriteLine($"wrote {Path.Combine(output, "intent-model.zip")} and intent-model.json");
        return 0;
    }
}
