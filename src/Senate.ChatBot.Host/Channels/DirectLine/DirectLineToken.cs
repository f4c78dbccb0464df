using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>What a token grants: one conversation, as one user, until it expires.</summary>
internal sealed record TokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>
/// Self-contained signed tokens (payload.signature, HMAC-SHA256), so any host instance can check them
/// without a shared session store.
/// </summary>
internal sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private byte[] Key => Encoding.UTF8.GetBytes(options.Value.Secret!);

    public (string Token, TokenClaims Claims) Issue(string conversationId, string userId)
    {
        var claims = new TokenClaims(conversationId, userId, time.GetUtcNow() + options.Value.TokenLifetime);
        var payload = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(
            new Payload(claims.ConversationId, claims.UserId, claims.ExpiresAt.ToUnixTimeSeconds())));
        return ($"{payload}.{Sign(payload)}", claims);
    }

    /// <summary>A token for a conversation that does not exist yet, as a new user.</summary>
    public (string Token, TokenClaims Claims) IssueForNewConversation() =>
        Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId());

    public TokenClaims? Validate(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0)
        {
            return null;
        }

        var payload = token[..dot];
        var expected = Encoding.ASCII.GetBytes(Sign(payload));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token[(dot + 1)..])))
        {
            return null;
        }

        var data = JsonSerializer.Deserialize<Payload>(WebEncoders.Base64UrlDecode(payload));
        if (data is null || DateTimeOffset.FromUnixTimeSeconds(data.Exp) <= time.GetUtcNow())
        {
            return null;
        }

        return new TokenClaims(data.Conv, data.User, DateTimeOffset.FromUnixTimeSeconds(data.Exp));
    }

    public int SecondsLeft(TokenClaims claims) => (int)Math.Max(0, (claims.ExpiresAt - time.GetUtcNow()).TotalSeconds);

    /// <summary>True when the caller holds the server-side secret itself (tokens/generate).</summary>
    public bool IsSecret(string? presented) =>
        presented is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Key);

    private string Sign(string payload) => WebEncoders.Base64UrlEncode(HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(payload)));

    private sealed record Payload(string Conv, string User, long Exp);
}
