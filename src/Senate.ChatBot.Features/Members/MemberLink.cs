namespace Senate.ChatBot.Features.Members;

/// <summary>
/// A senator's chat account bound to their member record, so personal records reach only them.
/// The id is the LINE user id; one member has at most one linked account.
/// </summary>
public sealed record MemberLink(string Id, string MemberNumber, DateTimeOffset LinkedAt);
