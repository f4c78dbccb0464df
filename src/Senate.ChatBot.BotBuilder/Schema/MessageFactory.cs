namespace Senate.ChatBot.BotBuilder.Schema;

/// <summary>Shortcuts for building outgoing messages, as in Bot Framework.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? speak = null, string? inputHint = InputHints.AcceptingInput) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = inputHint,
    };

    /// <summary>A message whose suggested actions are imBack buttons, one per text.</summary>
    public static Activity SuggestedActions(IEnumerable<string> actions, string? text = null, string? speak = null) =>
        SuggestedActions(actions.Select(a => new CardAction(ActionTypes.ImBack, a, a)), text, speak);

    public static Activity SuggestedActions(IEnumerable<CardAction> actions, string? text = null, string? speak = null)
    {
        var activity = Text(text ?? string.Empty, speak);
        activity.SuggestedActions = new SuggestedActions([.. actions]);
        return activity;
    }

    public static Activity Attachment(Attachment attachment, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [attachment],
        InputHint = InputHints.AcceptingInput,
    };
}
