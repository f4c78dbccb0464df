namespace Senate.ChatBot.Features.Members;

/// <summary>
/// An enrolment code not yet used, revoked or expired, as the desk lists it: never the code or its
/// hash. <see cref="Burned"/> when too many wrong tries mean it can no longer be redeemed.
/// </summary>
public sealed record OutstandingCode(string MemberNumber, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, bool Burned);
