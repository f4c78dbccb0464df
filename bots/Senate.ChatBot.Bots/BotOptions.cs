using System.ComponentModel.DataAnnotations;

namespace Senate.ChatBot.Bots;

public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Conversation (dialog) state is forgotten after this many idle days.</summary>
    [Range(1, 90)]
    public int ConversationStateIdleDays { get; set; } = 7;
}
