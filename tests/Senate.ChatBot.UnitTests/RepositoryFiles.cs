namespace Senate.ChatBot.UnitTests;

/// <summary>The checkout the tests run from, for tests that read the source tree (language data, desk pages).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Senate.ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Senate.ChatBot.sln not found above the test binaries.");
    }
}
