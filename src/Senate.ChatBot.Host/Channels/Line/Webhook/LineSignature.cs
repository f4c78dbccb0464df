using System.Security.Cryptography;
using System.Text;

namespace Senate.ChatBot.Host.Channels.Line.Webhook;

/// <summary>x-line-signature: base64(HMAC-SHA256(channel secret, raw body)), compared in constant time.</summary>
internal static class LineSignature
{
    public const string Header = "x-line-signature";

    public static bool IsValid(string channelSecret, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature, presented, out var length))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, presented[..length]);
    }
}
