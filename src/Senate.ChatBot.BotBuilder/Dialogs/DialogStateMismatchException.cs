namespace Senate.ChatBot.BotBuilder.Dialogs;

/// <summary>
/// The stored dialog stack does not fit the code that now runs (a dialog id that no longer exists,
/// a waterfall step index beyond the steps, state of the wrong shape), typically after a release.
/// Dialogs throw it; the root <see cref="DialogContext"/> catches it, clears the stack and sets
/// <see cref="DialogContext.StackWasReset"/>, so callers never see it.
/// </summary>
public sealed class DialogStateMismatchException : Exception
{
    public DialogStateMismatchException()
    {
    }

    public DialogStateMismatchException(string message)
        : base(message)
    {
    }

    public DialogStateMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
