namespace Senate.ChatBot.Host.Channels.DirectLine;

internal static class DirectLineChannel
{
    public const string Id = "directline";
}
