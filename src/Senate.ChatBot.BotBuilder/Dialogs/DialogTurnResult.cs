namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>What happened to the dialog stack this turn, and the result of the dialog that ended, if any.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);

public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was running.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed; see the result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
