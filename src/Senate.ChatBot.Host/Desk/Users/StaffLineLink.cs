using System.Security.Cryptography;
using Marten;
using StackExchange.Redis;

namespace Senate.ChatBot.Host.Desk.Users;

/// <summary>
/// Lets a desk user receive their notices (assignments, warnings, escalations) on LINE as well. The
/// signed-in user asks the desk for a one-time code, then sends it to the official account from
/// their own LINE: the code proves both ends belong to one person. Codes live 10 minutes in Redis
/// and are taken with GETDEL, so each works once on whichever host reads it first.
/// </summary>
internal sealed class StaffLineLink(IConnectionMultiplexer redis, IDocumentStore store)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    // No 0/O, 1/I/L: the code is read from a screen and typed on a phone.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 8;
    private const string Prefix = "desk:line-code:";

    public async Task<string> IssueAsync(string deskUserId)
    {
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        await redis.GetDatabase().StringSetAsync(Prefix + code, deskUserId, Lifetime);
        return code;
    }

    /// <summary>The desk user now linked to <paramref name="lineUserId"/>, or null for an unknown, used or expired code.</summary>
    public async Task<DeskUser?> RedeemAsync(string code, string lineUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var deskUserId = await redis.GetDatabase().StringGetDeleteAsync(Prefix + code.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant());
        return deskUserId.IsNull ? null : await SetAsync(deskUserId.ToString(), lineUserId, cancellationToken);
    }

    public Task UnlinkAsync(string deskUserId, CancellationToken cancellationToken) => SetAsync(deskUserId, null, cancellationToken);

    private async Task<DeskUser?> SetAsync(string deskUserId, string? lineUserId, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<DeskUser>(deskUserId, cancellationToken) is not { Disabled: false } user)
        {
            return null;
        }

        var linked = user with { LineUserId = lineUserId };
        DeskUsers.Save(session, linked);
        await session.SaveChangesAsync(cancellationToken);
        return linked;
    }
}
