using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Complaints;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Dialogs.ComplaintStatus;

/// <summary>What the person who filed may do after the lookup: answer the desk's question, or rate the handling (1–5 and a comment).</summary>
public sealed partial class ComplaintStatusDialog
{
    private const string AnswerPrompt = "status.answer";
    private const string StarsPrompt = "status.stars";
    private const string CommentPrompt = "status.comment";

    private static async Task<DialogTurnResult> OfferFollowUpAsync(WaterfallStepContext step, ComplaintStatusView view, CancellationToken cancellationToken)
    {
        step.Values.Set("id", view.Id);
        if (view.Stage == ComplaintStage.AwaitingInformation)
        {
            return await step.PromptAsync(AnswerPrompt, new PromptOptions
            {
                Prompt = Say.Text(step.Context,
                    "พิมพ์ข้อมูลที่เจ้าหน้าที่ขอได้เลยค่ะ เมื่อส่งแล้วระบบจะนับเวลาต่อ หรือพิมพ์ \"ข้าม\" ไว้ตอบภายหลัง",
                    "Type the information we asked for; the clock starts again once you send it. Or type \"skip\" to answer later."),
            }, cancellationToken);
        }

        if (view.AwaitsRating)
        {
            var english = Say.IsEnglish(step.Context);
            return await step.PromptAsync(StarsPrompt, new PromptOptions
            {
                Prompt = Say.Text(step.Context, "ช่วยให้คะแนนการดูแลเรื่องนี้ 1 ถึง 5 ได้ไหมคะ (5 ดีที่สุด)", "Would you rate how this was handled, 1 to 5 (5 is best)?"),
                Choices = [.. Enumerable.Range(1, 5).Select(n => new Choice(n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    new Choice(english ? "Skip" : "ข้าม") { Synonyms = ["ข้าม", "skip", "ไม่ให้คะแนน"] }],
            }, cancellationToken);
        }

        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private async Task<DialogTurnResult> FollowUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var id = step.Values.Get<Guid>("id");
        var (channelId, userId) = Account(step.Context);
        if (step.Result is string answer && !ContactDetails.IsSkip(answer))
        {
            var complaint = await _complaints.AnswerAsync(id, channelId, userId, answer, cancellationToken);
            await step.Context.SendActivityAsync(Say.Text(step.Context,
                $"ได้รับข้อมูลแล้วค่ะ ระบบนับเวลาต่อ กำหนดตอบใหม่: {ThaiDates.DayAndTime(complaint.DueAt, false)}",
                $"Thank you, we have it. The clock runs again; the answer is now due {ThaiDates.DayAndTime(complaint.DueAt, true)}."), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        if (step.Result is FoundChoice { Index: < ComplaintFeedbackGiven.Highest } stars)
        {
            step.Values["stars"] = stars.Index + 1;
            return await step.PromptAsync(CommentPrompt, new PromptOptions
            {
                Prompt = Say.Text(step.Context, "มีความเห็นเพิ่มเติมไหมคะ พิมพ์ได้เลย หรือพิมพ์ \"ข้าม\"", "Any comment? Type it, or type \"skip\"."),
            }, cancellationToken);
        }

        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (channelId, userId) = Account(step.Context);
        var comment = step.Result is string text && !ContactDetails.IsSkip(text) ? text : null;
        await _complaints.RateAsync(step.Values.Get<Guid>("id"), channelId, userId, step.Values.Get<int>("stars"), comment, cancellationToken);
        await step.Context.SendActivityAsync(Say.Text(step.Context,
            "ขอบคุณสำหรับคะแนนค่ะ สำนักงานฯ จะนำไปปรับปรุงการดูแลเรื่องร้องเรียน", "Thank you for the rating; it helps us improve."), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
