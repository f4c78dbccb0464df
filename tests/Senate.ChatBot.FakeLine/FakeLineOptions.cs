namespace Senate.ChatBot.FakeLine;

public sealed class FakeLineOptions
{
    public required string ChannelSecret { get; init; }

    public required string ChannelAccessToken { get; init; }

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>Where the bot's webhook is, when the fake should call it over the network (script/server).</summary>
    public Uri? WebhookUrl { get; init; }

    public TimeSpan ReplyTokenLifetime { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan LinkTokenLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The folder with messaging-api.yml and webhook.yml; found above the working folder when not given.</summary>
    public string? OpenApiDirectory { get; init; }

    public bool Logging { get; init; }

    /// <summary>shared/reference/line-openapi beside the repository, looked for upwards from this program's folder.</summary>
    public static string FindOpenApiDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("LINE_OPENAPI_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "line-openapi");
            if (File.Exists(Path.Combine(candidate, "messaging-api.yml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "LINE's OpenAPI files (shared/reference/line-openapi) were not found above " + AppContext.BaseDirectory +
            "; set LINE_OPENAPI_DIR to their folder.");
    }
}
