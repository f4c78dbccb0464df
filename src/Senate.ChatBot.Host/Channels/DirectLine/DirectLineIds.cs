using System.Security.Cryptography;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>Unguessable ids: a conversation id is also what a stolen watermark would need.</summary>
internal static class DirectLineIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewConversationId() => RandomNumberGenerator.GetString(Alphabet, 22);

    public static string NewUserId() => "dl_" + RandomNumberGenerator.GetString(Alphabet, 16);
}
