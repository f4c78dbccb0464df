using System.Security.Cryptography;
using System.Text;
using Marten;

namespace Senate.ChatBot.Features.Members;

/// <summary>
/// Issues, revokes and redeems enrolment codes. Wrong tries count against every open code of the
/// member, and a member with too many wrong tries is refused until a new code is issued.
/// </summary>
public sealed class EnrolmentCodes(IDocumentStore store, TimeProvider time)
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    // No look-alike characters (0/O, 1/I/L), so a code read aloud or from paper is typed right.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 10;

    /// <summary>Revokes the member's open codes and issues a new one; the plain code is returned once, never stored.</summary>
    public async Task<string> IssueAsync(string memberNumber, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        var number = MemberNumber(memberNumber);
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        var salt = RandomNumberGenerator.GetBytes(16);
        var now = time.GetUtcNow();
        await using var session = store.LightweightSession();
        foreach (var open in await OpenCodesAsync(session, number, now, cancellationToken))
        {
            session.Store(open with { RevokedAt = now });
        }

        session.Store(new EnrolmentCode
        {
            Id = Guid.CreateVersion7(),
            MemberNumber = number,
            Salt = salt,
            Hash = HashOf(salt, code),
            IssuedAt = now,
            ExpiresAt = now + (lifetime ?? DefaultLifetime),
        });
        await session.SaveChangesAsync(cancellationToken);
        return code;
    }

    public async Task RevokeAsync(string memberNumber, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var session = store.LightweightSession();
        foreach (var open in await OpenCodesAsync(session, MemberNumber(memberNumber), now, cancellationToken))
        {
            session.Store(open with { RevokedAt = now });
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every unused, unrevoked code before its expiry, soonest to expire first; what the desk may see of them.</summary>
    public async Task<IReadOnlyList<OutstandingCode>> OutstandingAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var session = store.QuerySession();
        var open = await session.Query<EnrolmentCode>()
            .Where(c => c.UsedAt == null && c.RevokedAt == null && c.ExpiresAt > now)
            .ToListAsync(cancellationToken);
        return [.. open.OrderBy(c => c.ExpiresAt).Select(c => new OutstandingCode(c.MemberNumber, c.IssuedAt, c.ExpiresAt, c.FailedAttempts >= MaxFailedAttempts))];
    }

    /// <summary>True and the code is used up when it matches an open code of the member; a wrong code counts a failed try.</summary>
    public async Task<bool> RedeemAsync(string memberNumber, string code, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var typed = Normalize(code);
        await using var session = store.LightweightSession();
        var open = await OpenCodesAsync(session, MemberNumber(memberNumber), now, cancellationToken);
        var match = open.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(c.Hash, HashOf(c.Salt, typed)));
        if (match is not null && match.FailedAttempts < MaxFailedAttempts)
        {
            session.Store(match with { UsedAt = now });
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }

        foreach (var c in open)
        {
            session.Store(c with { FailedAttempts = c.FailedAttempts + 1 });
        }

        await session.SaveChangesAsync(cancellationToken);
        return false;
    }

    private static async Task<IReadOnlyList<EnrolmentCode>> OpenCodesAsync(
        IQuerySession session, string memberNumber, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.Query<EnrolmentCode>()
            .Where(c => c.MemberNumber == memberNumber && c.UsedAt == null && c.RevokedAt == null && c.ExpiresAt > now)
            .ToListAsync(cancellationToken);

    private static byte[] HashOf(byte[] salt, string code) =>
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(code));

    private static string MemberNumber(string value) => (value ?? "").Trim();

    private static string Normalize(string value) =>
        new([.. (value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
}
