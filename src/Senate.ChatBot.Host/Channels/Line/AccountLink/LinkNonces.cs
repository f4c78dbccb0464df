using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;

namespace Senate.ChatBot.Host.Channels.Line.AccountLink;

/// <summary>
/// Single-use nonces (256 random bits) that tie LINE's accountLink event to the member who proved
/// who they are on our login page. Only a hash is stored; consuming is one atomic update, so a
/// replayed or late nonce is refused even when two events race.
/// </summary>
internal sealed class LinkNonces(LineDatabase database, TimeProvider time)
{
    /// <summary>LINE's link token lives 10 minutes; the nonce needs no longer.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<string> CreateAsync(string memberNumber, CancellationToken cancellationToken)
    {
        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"insert into {database.Nonces} (nonce_hash, member_number, expires_at) values (@hash, @member, @expires)", connection);
        command.Parameters.AddWithValue("hash", Hash(nonce));
        command.Parameters.AddWithValue("member", memberNumber);
        command.Parameters.AddWithValue("expires", time.GetUtcNow() + Lifetime);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return nonce;
    }

    /// <summary>The member number the nonce was made for, or null when it is unknown, expired or already used.</summary>
    public async Task<string?> ConsumeAsync(string? nonce, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(nonce))
        {
            return null;
        }

        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"update {database.Nonces} set used_at = @now where nonce_hash = @hash and used_at is null and expires_at > @now returning member_number",
            connection);
        command.Parameters.AddWithValue("hash", Hash(nonce));
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string Hash(string nonce) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(nonce)));
}
