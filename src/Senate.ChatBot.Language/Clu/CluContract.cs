using System.Text.Json;
using System.Text.Json.Serialization;

namespace Senate.ChatBot.Language.Clu;

// The parts of the analyze-conversations contract (api-version 2023-04-01) that the bot sends and reads.

internal sealed record CluRequest(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("analysisInput")] CluAnalysisInput AnalysisInput,
    [property: JsonPropertyName("parameters")] CluParameters Parameters);

internal sealed record CluAnalysisInput([property: JsonPropertyName("conversationItem")] CluConversationItem ConversationItem);

internal sealed record CluConversationItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("participantId")] string ParticipantId,
    [property: JsonPropertyName("text")] string Text);

internal sealed record CluParameters(
    [property: JsonPropertyName("projectName")] string ProjectName,
    [property: JsonPropertyName("deploymentName")] string DeploymentName,
    [property: JsonPropertyName("stringIndexType")] string StringIndexType);

internal sealed record CluResponse([property: JsonPropertyName("result")] CluResult? Result);

internal sealed record CluResult([property: JsonPropertyName("prediction")] CluPrediction? Prediction);

internal sealed record CluPrediction(
    [property: JsonPropertyName("topIntent")] string? TopIntent,
    [property: JsonPropertyName("intents")] IReadOnlyList<CluIntent>? Intents,
    [property: JsonPropertyName("entities")] IReadOnlyList<CluEntity>? Entities);

internal sealed record CluIntent(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("confidenceScore")] double ConfidenceScore);

internal sealed record CluEntity(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("offset")] int Offset,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("resolutions")] IReadOnlyList<JsonElement>? Resolutions,
    [property: JsonPropertyName("extraInformation")] IReadOnlyList<JsonElement>? ExtraInformation);
