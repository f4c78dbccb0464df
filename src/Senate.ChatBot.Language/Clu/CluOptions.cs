namespace Senate.ChatBot.Language.Clu;

/// <summary>
/// Azure Conversational Language Understanding settings. Empty endpoint = the embedded recognizer is used.
/// </summary>
public sealed class CluOptions
{
    public const string Section = "Clu";

    public Uri? Endpoint { get; set; }

    public string? Key { get; set; }

    public string ProjectName { get; set; } = "senate-chatbot";

    public string DeploymentName { get; set; } = "production";

    public bool IsConfigured => Endpoint is not null;
}
