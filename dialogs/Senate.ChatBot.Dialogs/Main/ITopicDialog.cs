using Senate.ChatBot.BotBuilder.Dialogs;

namespace Senate.ChatBot.Dialogs.Main;

/// <summary>A conversation that answers one intent; MainDialog starts it when that intent is recognized.</summary>
public interface ITopicDialog
{
    string Intent { get; }

    Dialog Dialog { get; }
}
