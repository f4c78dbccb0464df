using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Meetings;

/// <summary>
/// "วันนี้มีประชุมอะไรบ้าง", "กรรมาธิการการคลังประชุมวันไหน", "ประชุมของผมสัปดาห์หน้า", "next sitting".
/// Asks only for what is missing (which committee when the name fits several, or which day), at most
/// twice, then answers with <see cref="MeetingAnswers"/>.
/// </summary>
public sealed class MeetingScheduleDialog : ComponentDialog, ITopicDialog
{
    private const string FlowId = "meetings.flow";
    private const string BodyChoice = "meetings.body";
    private const string BodyText = "meetings.bodyText";
    private const string DatePrompt = "meetings.date";
    private const string RequestKey = "request";
    private const int MaxQuestions = 2;
    private readonly MeetingRequestReader _reader;
    private readonly CommitteeDirectory _committees;
    private readonly MeetingAnswers _answers;

    public MeetingScheduleDialog(MeetingRequestReader reader, CommitteeDirectory committees, MeetingAnswers answers)
        : base(nameof(MeetingScheduleDialog))
    {
        _reader = reader;
        _committees = committees;
        _answers = answers;
        AddDialog(new ChoicePrompt(BodyChoice) { MaxAttempts = 2 });
        AddDialog(new TextPrompt(BodyText));
        AddDialog(new DateTimePrompt(DatePrompt) { MaxAttempts = 2 });
        AddDialog(new WaterfallDialog(FlowId, [AskAsync, TakeAsync]));
        InitialDialogId = FlowId;
    }

    public string Intent => Intents.MeetingSchedule;

    public Dialog Dialog => this;

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<MeetingRequest>()
            ?? await _reader.ReadAsync(step.Context.Activity.Text, Today(step), cancellationToken);
        step.Values.Set(RequestKey, request);
        if (request.Asked >= MaxQuestions && (request.NeedsBody || request.NeedsDate))
        {
            await step.Context.SendActivityAsync(Topics.Offer(step.Context,
                "ขออภัยค่ะ ยังไม่เข้าใจว่าต้องการดูการประชุมใด ลองพิมพ์ใหม่ เช่น \"ประชุมวันนี้\" หรือ \"กมธ.การคลังประชุมวันไหน\"",
                "Sorry, I still could not tell which meetings you mean. Try, for example, \"meetings today\" or \"when does the finance committee meet\"."), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        if (request.Candidates.Count > 1)
        {
            var bodies = await _committees.AllAsync(cancellationToken);
            var names = request.Candidates.Select(id => bodies.First(b => b.Id == id).Name(Say.IsEnglish(step.Context)));
            return await step.PromptAsync(BodyChoice, new PromptOptions
            {
                Prompt = Say.Text(step.Context, "ชื่อนี้ตรงกับหลายคณะค่ะ หมายถึงคณะใด", "That name fits more than one committee. Which one do you mean?"),
                Choices = [.. names.Select(n => new Choice(n))],
            }, cancellationToken);
        }

        if (request.NeedsBody)
        {
            return await step.PromptAsync(BodyText, new PromptOptions
            {
                Prompt = Say.Text(step.Context,
                    "คณะกรรมาธิการใดคะ พิมพ์ชื่อหรือคำสำคัญของคณะ เช่น การคลัง สาธารณสุข หรือ คมนาคม",
                    "Which committee? Type its name or a key word, such as finance, public health or transport."),
            }, cancellationToken);
        }

        if (request.NeedsDate)
        {
            return await step.PromptAsync(DatePrompt, new PromptOptions
            {
                Prompt = Say.Text(step.Context,
                    "ต้องการดูการประชุมวันไหนคะ เช่น วันนี้ พรุ่งนี้ หรือ 3 ธันวาคม 2569",
                    "For which day? For example today, tomorrow or 3 December 2026."),
                RetryPrompt = Say.Text(step.Context,
                    "กรุณาบอกวันที่ค่ะ เช่น พรุ่งนี้ หรือ 3/12/2569", "Please give a date, for example tomorrow or 2026-12-03."),
            }, cancellationToken);
        }

        await _answers.AnswerAsync(step.Context, request, cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private async Task<DialogTurnResult> TakeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Values.Get<MeetingRequest>(RequestKey)!;
        var next = step.Result switch
        {
            FoundChoice choice => request with { BodyId = request.Candidates[choice.Index], Candidates = [], CommitteeUnclear = false },
            IReadOnlyList<DateTimeResolution> dates => request with { First = dates[0].Value, Last = dates[0].Value },
            string answer => await _reader.WithBodyAsync(request, answer, cancellationToken),
            _ => request with { Asked = MaxQuestions },
        };
        return await step.ReplaceDialogAsync(FlowId, next, cancellationToken);
    }

    private static DateOnly Today(WaterfallStepContext step) => BangkokTime.Today(step.Context.Adapter.TimeProvider);
}
