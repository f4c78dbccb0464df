using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Help;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Main;

/// <summary>
/// The root of every conversation: handles "cancel" and "help" before whatever question is open,
/// then routes a new request on its recognized intent to the conversation that answers it.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    /// <summary>LINE's own limit for one text message; longer input is not a question we can answer well.</summary>
    public const int MaxTextLength = 5000;

    private const string RouteId = "main.route";
    private readonly IIntentRecognizer _recognizer;
    private readonly Dictionary<string, string> _topicDialogs;

    public MainDialog(IIntentRecognizer recognizer, IEnumerable<ITopicDialog> topics)
        : base(nameof(MainDialog))
    {
        _recognizer = recognizer;
        var dialogs = topics.ToList();
        _topicDialogs = dialogs.ToDictionary(t => t.Intent, t => t.Dialog.Id, StringComparer.Ordinal);
        foreach (var topic in dialogs)
        {
            AddDialog(topic.Dialog);
        }

        AddDialog(new WaterfallDialog(RouteId, [RouteAsync, FinishAsync]));
        InitialDialogId = RouteId;
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var text = innerDc.Context.Activity.Type == ActivityTypes.Message ? innerDc.Context.Activity.Text : null;
        if (Interruptions.IsCancel(text))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            await innerDc.Context.SendActivityAsync(HelpMessages.Cancelled(innerDc.Context), cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        if (Interruptions.IsHelp(text))
        {
            await innerDc.Context.SendActivityAsync(HelpMessages.Help(innerDc.Context), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        if (RequestAnswers.ForUnreadable(context) is { } unreadable)
        {
            await context.SendActivityAsync(unreadable, cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        var intent = (await _recognizer.RecognizeAsync(context.Activity.Text!, cancellationToken)).Intent;
        if (_topicDialogs.TryGetValue(intent, out var dialogId))
        {
            return await step.BeginDialogAsync(dialogId, cancellationToken: cancellationToken);
        }

        await context.SendActivityAsync(RequestAnswers.ForIntent(context, intent), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is Reroute
            ? step.ReplaceDialogAsync(RouteId, cancellationToken: cancellationToken)
            : step.EndDialogAsync(step.Result, cancellationToken);
}
