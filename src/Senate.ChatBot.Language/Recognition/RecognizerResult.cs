namespace Senate.ChatBot.Language.Recognition;

/// <summary>What a recognizer understood from one utterance: the top intent with a 0..1 score.</summary>
public sealed record RecognizerResult(string Intent, double Score)
{
    public static RecognizerResult NoneResult { get; } = new(Intents.None, 1.0);
}
