using System.Text.Json.Nodes;

namespace Senate.ChatBot.Host.Channels.Line.Outbox;

/// <summary>A queued push as claimed for a try; <see cref="Attempts"/> counts this try.</summary>
internal sealed record PendingPush(Guid RetryKey, string To, IReadOnlyList<JsonNode> Messages, int Attempts);
