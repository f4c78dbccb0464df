using System.Text.Json;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>What Direct Line returns for a read or a stream frame: activities after a watermark, and the next watermark.</summary>
internal sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string Watermark);
