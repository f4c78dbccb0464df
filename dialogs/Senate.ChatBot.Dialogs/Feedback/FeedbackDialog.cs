using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Help;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Features.Feedback;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Feedback;

/// <summary>
/// Thanks and goodbyes: answer politely and, once per conversation, ask for a 1–5 satisfaction
/// score, which is stored without anything that identifies the person. Skipping is always fine.
/// </summary>
public sealed class FeedbackDialog : ComponentDialog, ITopicDialog
{
    private const string ScorePrompt = "feedback.score";
    private readonly ServiceRatings _ratings;
    private readonly IStatePropertyAccessor<bool> _alreadyAsked;

    public FeedbackDialog(ServiceRatings ratings, ConversationState conversationState)
        : base(nameof(FeedbackDialog))
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _ratings = ratings;
        _alreadyAsked = conversationState.CreateProperty<bool>("feedbackAsked");
        // The score is optional: an answer that is not one is taken as a new request, not asked again.
        AddDialog(new ChoicePrompt(ScorePrompt) { MaxAttempts = 1 });
        AddDialog(new WaterfallDialog("feedback.flow", [AskAsync, RecordAsync]));
        InitialDialogId = "feedback.flow";
    }

    public string Intent => Intents.Thanks;

    public Dialog Dialog => this;

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await _alreadyAsked.GetAsync(step.Context, () => false, cancellationToken))
        {
            await step.Context.SendActivityAsync(HelpMessages.Thanks(step.Context), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        await _alreadyAsked.SetAsync(step.Context, true, cancellationToken);
        return await step.PromptAsync(ScorePrompt, new PromptOptions
        {
            Prompt = Say.Text(step.Context,
                "ยินดีค่ะ ช่วยให้คะแนนความพึงพอใจต่อบริการแชตนี้ได้ไหมคะ ตอบเป็นตัวเลข 1 ถึง 5 หรือเลือกข้อด้านล่าง",
                "You are welcome. Would you rate this chat service from 1 to 5? Answer with a number or pick below."),
            Choices = ScoreChoices(Say.IsEnglish(step.Context)),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptFailed)
        {
            return await step.EndDialogAsync(Reroute.Message, cancellationToken);
        }

        if (step.Result is FoundChoice { Index: < ServiceRating.Highest } choice)
        {
            await _ratings.RecordAsync(step.Context.Activity.ChannelId ?? "unknown", choice.Index + 1, cancellationToken);
            await step.Context.SendActivityAsync(Say.Text(step.Context,
                "ขอบคุณสำหรับคะแนนค่ะ สำนักงานฯ จะนำไปปรับปรุงบริการ", "Thank you for the rating; we use it to improve the service."), cancellationToken);
        }
        else
        {
            await step.Context.SendActivityAsync(Say.Text(step.Context,
                "ไม่เป็นไรค่ะ ขอบคุณที่ใช้บริการ", "No problem. Thank you for using the service."), cancellationToken);
        }

        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    // Listed from 1 to 5 so that typing a number picks that score; the last choice skips.
    private static readonly string[] ThaiScores = ["ไม่พอใจ", "ไม่ค่อยพอใจ", "ปานกลาง", "พอใจ", "พอใจมาก"];
    private static readonly string[] EnglishScores = ["Unhappy", "Not quite happy", "OK", "Happy", "Very happy"];
    private static readonly string[] SkipWords = ["ข้าม", "skip", "ไม่ให้คะแนน", "no thanks"];

    private static List<Choice> ScoreChoices(bool english) =>
    [
        .. (english ? EnglishScores : ThaiScores).Select(label => new Choice(label)),
        new(english ? "Skip" : "ข้าม") { Synonyms = SkipWords },
    ];
}
