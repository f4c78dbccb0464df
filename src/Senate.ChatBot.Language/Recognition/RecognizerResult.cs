using Senate.ChatBot.Language.Entities;

namespace Senate.ChatBot.Language.Recognition;

/// <summary>What a recognizer understood from one utterance: the top intent with a 0..1 score, and the entities.</summary>
public sealed record RecognizerResult(string Intent, double Score, IReadOnlyList<Entity> Entities)
{
    /// <summary>An intent without entities (test doubles and intent-only answers).</summary>
    public RecognizerResult(string intent, double score)
        : this(intent, score, [])
    {
    }

    public static RecognizerResult NoneResult { get; } = new(Intents.None, 1.0, []);
}
