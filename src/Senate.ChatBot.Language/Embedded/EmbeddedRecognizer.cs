using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Language.Embedded;

/// <summary>The offline recognizer: the trained intent model and the rule-based entity extractors, in process.</summary>
public sealed class EmbeddedRecognizer(IntentModel model, EntityExtractor entities) : IIntentRecognizer
{
    public Task<RecognizerResult> RecognizeAsync(string text, CancellationToken cancellationToken = default) =>
        Task.FromResult(Recognize(text, entities.Extract(text)));

    /// <summary>Recognition against a given day, for the command line's --now and for tests.</summary>
    public RecognizerResult Recognize(string text, DateOnly today) => Recognize(text, entities.Extract(text, today));

    private RecognizerResult Recognize(string text, IReadOnlyList<Entity> found)
    {
        var (intent, score) = model.Classify(text);
        return new RecognizerResult(intent, Math.Round(score, 4), found);
    }
}
