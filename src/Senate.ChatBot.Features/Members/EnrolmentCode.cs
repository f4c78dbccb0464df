namespace Senate.ChatBot.Features.Members;

/// <summary>
/// A one-time code the Secretariat gives a senator to link their chat account. Only a salted hash
/// is stored; a code expires, is used once, and is burned after too many wrong tries.
/// </summary>
public sealed record EnrolmentCode
{
    public required Guid Id { get; init; }
    public required string MemberNumber { get; init; }
    public required byte[] Salt { get; init; }
    public required byte[] Hash { get; init; }
    public required DateTimeOffset IssuedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public int FailedAttempts { get; init; }

    public bool IsOpen(DateTimeOffset now) => UsedAt is null && RevokedAt is null && ExpiresAt > now;
}
