using System.Security.Cryptography;
using System.Text;

namespace Senate.ChatBot.FakeLine;

/// <summary>Signs webhook bodies the way LINE does: base64(HMAC-SHA256(channel secret, body)).</summary>
public static class LineSigner
{
    public const string Header = "x-line-signature";

    public static string Sign(string channelSecret, byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));
}
