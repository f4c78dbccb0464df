using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.ComplaintStatus;

/// <summary>
/// "ติดตามเรื่อง CMP-…": shows the step, the due date and the latest public reply. Without a number,
/// a person who filed from this chat account sees their own latest complaints. Unknown numbers get a
/// clear answer and repeated misses are slowed down (<see cref="LookupLimiter"/>). The person who
/// filed may then answer an open question or rate a resolved complaint (see the follow-up steps).
/// </summary>
public sealed partial class ComplaintStatusDialog : ComponentDialog, ITopicDialog
{
    private const string ReferencePrompt = "status.reference";
    private readonly CitizenComplaints _complaints;
    private readonly IIntentRecognizer _recognizer;
    private readonly LookupLimiter _limiter;

    public ComplaintStatusDialog(CitizenComplaints complaints, IIntentRecognizer recognizer, LookupLimiter limiter)
        : base(nameof(ComplaintStatusDialog))
    {
        (_complaints, _recognizer, _limiter) = (complaints, recognizer, limiter);
        AddDialog(new TextPrompt(ReferencePrompt, ValidateReferenceAsync) { MaxAttempts = 2 });
        AddDialog(new TextPrompt(AnswerPrompt) { MaxAttempts = 1 });
        AddDialog(new ChoicePrompt(StarsPrompt) { MaxAttempts = 2 });
        AddDialog(new TextPrompt(CommentPrompt) { MaxAttempts = 1 });
        AddDialog(new WaterfallDialog("status.flow", [FindAsync, ShowAsync, FollowUpAsync, FinishAsync]));
        InitialDialogId = "status.flow";
    }

    public string Intent => Intents.ComplaintStatus;

    public Dialog Dialog => this;

    private async Task<DialogTurnResult> FindAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await ReferenceInAsync(step.Context.Activity.Text, cancellationToken) is { } reference)
        {
            return await step.NextAsync(reference, cancellationToken);
        }

        var (channelId, userId) = Account(step.Context);
        var own = await _complaints.FiledByAsync(channelId, userId, cancellationToken);
        if (own.Count > 0)
        {
            await step.Context.SendActivityAsync(StatusMessages.List(step.Context, own), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        return await step.PromptAsync(ReferencePrompt, new PromptOptions
        {
            Prompt = Say.Text(step.Context, "กรุณาพิมพ์เลขที่อ้างอิงของเรื่อง เช่น CMP-2569-000123-K7", "Please type the reference number, e.g. CMP-2569-000123-K7."),
            RetryPrompt = Say.Text(step.Context,
                "เลขที่อ้างอิงขึ้นต้นด้วย CMP ตามด้วยปี เลข 6 หลัก และอักษร 2 ตัว เช่น CMP-2569-000123-K7",
                "A reference starts with CMP, then the year, six digits and two characters, e.g. CMP-2569-000123-K7."),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var reference = step.Result as string is { } text ? await ReferenceInAsync(text, cancellationToken) ?? text : null;
        if (reference is null)
        {
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        if (await _limiter.WaitAsync(step.Context, cancellationToken) is { } wait)
        {
            await step.Context.SendActivityAsync(StatusMessages.TooManyTries(step.Context, wait), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        if (await _complaints.FindAsync(reference, cancellationToken) is not { } view)
        {
            await _limiter.RecordMissAsync(step.Context, cancellationToken);
            await step.Context.SendActivityAsync(StatusMessages.NotFound(step.Context, reference), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        await step.Context.SendActivityAsync(StatusMessages.Detail(step.Context, view), cancellationToken);
        var (channelId, userId) = Account(step.Context);
        return await _complaints.IsFiledByAsync(view.Id, channelId, userId, cancellationToken)
            ? await OfferFollowUpAsync(step, view, cancellationToken)
            : await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    /// <summary>The reference the recognizer found in the text, in its canonical form, if any.</summary>
    private async Task<string?> ReferenceInAsync(string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = await _recognizer.RecognizeAsync(text, cancellationToken);
        return result.Entities.OfType<ComplaintReferenceEntity>().FirstOrDefault()?.Reference;
    }

    private async Task<bool> ValidateReferenceAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        await ReferenceInAsync(prompt.Recognized.Value, cancellationToken) is not null;

    private static (string ChannelId, string UserId) Account(ITurnContext turnContext) =>
        (turnContext.Activity.ChannelId ?? "", turnContext.Activity.From?.Id ?? "");
}
