namespace Senate.ChatBot.Host.Channels.Line.Inbox;

/// <summary>One stored webhook event, as claimed for processing. <see cref="Event"/> is the event's JSON as LINE sent it.</summary>
internal sealed record InboxEntry(long Seq, string EventId, string SourceKey, string Event, int Attempts);

/// <summary>What the webhook stores of each event before it answers.</summary>
internal sealed record IncomingEvent(string EventId, string SourceKey, long Timestamp, string Json);
