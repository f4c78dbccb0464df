using Senate.ChatBot.Language.Embedded;
using Senate.ChatBot.Language.Training;

namespace Senate.ChatBot.UnitTests.Language;

/// <summary>The repository's language data, read from the source tree, and the shipped model loaded once.</summary>
internal static class LanguageFiles
{
    private static readonly Lazy<IntentModel> Model = new(IntentModel.LoadShipped);

    public static string Root => RepositoryFiles.Root;

    public static string TrainingFolder => Path.Combine(Root, "src", "Senate.ChatBot.Language", "Data", "Training");

    public static string HeldOutFolder => Path.Combine(Root, "tests", "Senate.ChatBot.UnitTests", "Language", "Data");

    public static IntentModel ShippedModel => Model.Value;

    public static IReadOnlyList<LabeledUtterance> HeldOut() =>
        [.. Directory.GetFiles(HeldOutFolder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(UtteranceFile.Read)];
}
