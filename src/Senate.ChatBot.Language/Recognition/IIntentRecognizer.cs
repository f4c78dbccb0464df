namespace Senate.ChatBot.Language.Recognition;

/// <summary>One interface for the embedded recognizer and the Azure CLU adapter.</summary>
public interface IIntentRecognizer
{
    Task<RecognizerResult> RecognizeAsync(string text, CancellationToken cancellationToken = default);
}
