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

    /// <summary>How long one call may take before the embedded recognizer answers instead; a chat turn cannot wait long.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long CLU is left alone after repeated failures (the circuit breaker's break).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => Endpoint is not null;
}
