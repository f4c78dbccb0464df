namespace Senate.ChatBot.Features.Complaints.Notifications;

/// <summary>
/// Marks a notification as taken by one host for a channel that cannot deduplicate by itself
/// (Web Chat). Inserted, never updated: of two hosts inserting the same id, one fails and skips.
/// </summary>
public sealed record NotificationClaim(string Id, DateTimeOffset ClaimedAt);
