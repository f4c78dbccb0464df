namespace Senate.ChatBot.Host.Channels.Line.Api;

/// <summary>The profile fields the bot may use; the name is shown to the user only, never logged.</summary>
internal sealed record LineProfile(string UserId, string DisplayName, string? Language);

/// <summary>A message's content as LINE serves it, with the media type LINE names (null when it names none).</summary>
internal sealed record LineContent(byte[] Bytes, string? ContentType);
