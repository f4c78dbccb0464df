namespace Senate.ChatBot.Nlu;

/// <summary>Default places in the repository, found from where the tool runs.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string TrainingData => Path.Combine(Root, "src", "Senate.ChatBot.Language", "Data", "Training");

    public static string ModelFolder => Path.Combine(Root, "src", "Senate.ChatBot.Language", "Model");

    public static string HeldOutSet => Path.Combine(Root, "tests", "Senate.ChatBot.UnitTests", "Language", "Data", "heldout.tsv");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Senate.ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
