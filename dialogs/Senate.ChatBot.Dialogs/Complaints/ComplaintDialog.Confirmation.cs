using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Help;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>The summary to send, edit or cancel, and the edit loop that returns to it.</summary>
public sealed partial class ComplaintDialog
{
    private const string ConfirmId = "complaint.confirm";
    private const string EditId = "complaint.edit";

    private static async Task<DialogTurnResult> ShowSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetOptions<ComplaintDraft>()!;
        step.Values.Set(DraftKey, draft);
        await step.Context.SendActivityAsync(ComplaintSummary.Of(step.Context, draft), cancellationToken);
        var english = Say.IsEnglish(step.Context);
        return await step.PromptAsync(Prompts.Action, new PromptOptions
        {
            Prompt = Say.Text(step.Context, "ส่งเรื่องนี้เลยไหมคะ", "Shall I send it?"),
            RetryPrompt = Say.Text(step.Context, "กรุณาเลือก ส่งเรื่อง แก้ไข หรือยกเลิกค่ะ", "Please pick send, edit or cancel."),
            Choices =
            [
                new Choice(english ? "Send" : "ส่งเรื่อง") { Synonyms = ["ส่ง", "ยืนยัน", "ตกลง", "send", "confirm", "yes"] },
                new Choice(english ? "Edit" : "แก้ไข") { Synonyms = ["แก้", "edit", "change"] },
                new Choice(english ? "Cancel" : "ยกเลิกเรื่องนี้") { Synonyms = ["ไม่ส่ง", "cancel"] },
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Values.Get<ComplaintDraft>(DraftKey)!;
        switch ((step.Result as FoundChoice)?.Index)
        {
            case 0:
                var filed = await _register.FileAsync(ComplaintSummary.ToNewComplaint(step.Context, draft), IdempotencyKey(step), Actor.Citizen, cancellationToken);
                await step.Context.SendActivityAsync(ComplaintSummary.Filed(step.Context, filed), cancellationToken);
                return await step.EndDialogAsync(filed.Reference, cancellationToken);
            case 1:
                return await step.ReplaceDialogAsync(EditId, draft, cancellationToken);
            case 2:
                await step.Context.SendActivityAsync(HelpMessages.Cancelled(step.Context), cancellationToken);
                return await step.EndDialogAsync(cancellationToken: cancellationToken);
            default:
                return await GiveUpAsync(step, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> AskPartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(DraftKey, step.GetOptions<ComplaintDraft>()!);
        var english = Say.IsEnglish(step.Context);
        return AskAsync(step, Prompts.Part, "ต้องการแก้ส่วนใดคะ", "Which part would you like to change?",
            english ? [new("Type"), new("Subject"), new("Details"), new("How we reply")] : [new("ประเภท"), new("เรื่องเกี่ยวกับ"), new("รายละเอียด"), new("การติดต่อกลับ")],
            cancellationToken);
    }

    private static async Task<DialogTurnResult> AskNewValueAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var english = Say.IsEnglish(step.Context);
        var part = (step.Result as FoundChoice)?.Index;
        step.Values.Set("part", part);
        return part switch
        {
            0 => await AskAsync(step, Prompts.Category, "ประเภทใหม่คือ", "The new type:", ComplaintWording.CategoryChoices(english), cancellationToken),
            1 => await AskAsync(step, Prompts.Subject, "เรื่องเกี่ยวกับ", "It is about:", ComplaintWording.SubjectChoices(english), cancellationToken),
            2 => await AskDescriptionPromptAsync(step, cancellationToken),
            3 => await AskReplyPromptAsync(step, cancellationToken),
            _ => await step.ReplaceDialogAsync(ConfirmId, step.Values.Get<ComplaintDraft>(DraftKey), cancellationToken),
        };
    }

    private static async Task<DialogTurnResult> AskEditedContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A failed question keeps the old value; the summary shows what will be sent either way.
        switch (step.Values.Get<int?>("part"), step.Result)
        {
            case (0, FoundChoice category):
                Update(step, d => d with { Category = ComplaintWording.CategoryAt(category.Index) });
                break;
            case (1, FoundChoice subject):
                Update(step, d => d with { Subject = ComplaintWording.SubjectAt(subject.Index) });
                break;
            case (2, string description):
                Update(step, d => d with { Description = description });
                break;
            case (3, FoundChoice reply):
                return await ChooseReplyAsync(step, ComplaintWording.ReplyAt(reply.Index), cancellationToken);
        }

        return await step.NextAsync(cancellationToken: cancellationToken);
    }

    private static Task<DialogTurnResult> ApplyEditAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(ConfirmId, WithContact(step), cancellationToken);

    // The same confirming message, redelivered or retried, names the same complaint (see ComplaintRegister).
    private static string IdempotencyKey(WaterfallStepContext step)
    {
        var activity = step.Context.Activity;
        return $"{activity.ChannelId}/{activity.Conversation?.Id}/{activity.Id ?? Guid.NewGuid().ToString("N")}";
    }
}
