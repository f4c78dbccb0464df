namespace Senate.ChatBot.Features.Complaints;

/// <summary>How the complainant asked to be contacted; any part may be missing.</summary>
public sealed record Contact(string? Name, string? Phone, string? Email);

/// <summary>
/// Where the bot can reach the complainant again: on LINE a push to <see cref="UserId"/>; on Web
/// Chat a message in <see cref="ConversationId"/>, seen on the next visit. Messages are written in
/// the language the complaint was filed in.
/// </summary>
public sealed record ReplyAddress(string ChannelId, string UserId, string ConversationId, string Locale)
{
    public bool IsEnglish => Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The complainant agreed to the privacy notice of version <see cref="NoticeVersion"/> at <see cref="GivenAt"/>.</summary>
public sealed record Consent(string NoticeVersion, DateTimeOffset GivenAt);
