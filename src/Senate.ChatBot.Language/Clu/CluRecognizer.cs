using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Language.Embedded;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Entities.Committees;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Language.Clu;

/// <summary>
/// Azure CLU over its REST API (the SDK cannot be restored here). Any failure — an error status, a timeout,
/// an open circuit breaker, an unreadable answer — is answered by the embedded recognizer instead, so the
/// conversation never waits on or breaks with Azure.
/// </summary>
public sealed partial class CluRecognizer(
    HttpClient http,
    IOptions<CluOptions> options,
    EmbeddedRecognizer fallback,
    EntityExtractor extractor,
    ICommitteeNameSource committees,
    ILogger<CluRecognizer> logger)
    : IIntentRecognizer
{
    private readonly CluEntityMapper _entities = new(extractor, committees);

    public const string ApiPath = "language/:analyze-conversations?api-version=2023-04-01";

    public async Task<RecognizerResult> RecognizeAsync(string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RecognizerResult.NoneResult;
        }

        try
        {
            var settings = options.Value;
            var body = new CluRequest("Conversation",
                new CluAnalysisInput(new CluConversationItem("1", "user", text)),
                new CluParameters(settings.ProjectName, settings.DeploymentName, "Utf16CodeUnit"));
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Endpoint!, ApiPath)) { Content = JsonContent.Create(body) };
            request.Headers.Add("Ocp-Apim-Subscription-Key", settings.Key);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<CluResponse>(cancellationToken);
            return Map(answer?.Result?.Prediction ?? throw new InvalidDataException("CLU answered without a prediction."));
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            LogFallback(logger, error.GetType().Name);
            return await fallback.RecognizeAsync(text, cancellationToken);
        }
    }

    private RecognizerResult Map(CluPrediction prediction)
    {
        // Intents outside our list (CLU's own "None" included) mean nothing we can act on.
        var top = Intents.All.FirstOrDefault(i => string.Equals(i, prediction.TopIntent, StringComparison.OrdinalIgnoreCase)) ?? Intents.None;
        var score = prediction.Intents?.FirstOrDefault(i => string.Equals(i.Category, prediction.TopIntent, StringComparison.OrdinalIgnoreCase))?.ConfidenceScore ?? 0;
        return new RecognizerResult(top, score, [.. _entities.Map(prediction.Entities ?? [])]);
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "CLU did not answer ({ErrorType}); the embedded recognizer answered instead")]
    private static partial void LogFallback(ILogger logger, string errorType);
}
