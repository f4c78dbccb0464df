using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>The questions asked both while collecting and while editing, and what happens after the last one.</summary>
public sealed partial class ComplaintDialog
{
    private static async Task<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice reply)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        return await ChooseReplyAsync(step, ComplaintWording.ReplyAt(reply.Index), cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(ConfirmId, WithContact(step), cancellationToken);

    /// <summary>Contact details open the contact questions; the other choices need nothing more.</summary>
    private static async Task<DialogTurnResult> ChooseReplyAsync(WaterfallStepContext step, ReplyChoice reply, CancellationToken cancellationToken)
    {
        Update(step, d => d with { Reply = reply, Contact = null });
        if (reply == ReplyChoice.Anonymous)
        {
            await step.Context.SendActivityAsync(Say.Text(step.Context,
                "รับทราบค่ะ จะไม่เก็บข้อมูลที่ระบุตัวท่าน เจ้าหน้าที่จึงติดต่อกลับไม่ได้ ติดตามเรื่องได้ด้วยเลขที่อ้างอิงเท่านั้น โปรดเก็บเลขไว้ให้ดี",
                "Understood: nothing that identifies you is kept, so we cannot contact you. Only the reference number links back to this matter; keep it safe."),
                cancellationToken);
        }

        return reply == ReplyChoice.ContactDetails
            ? await step.BeginDialogAsync(ContactDialog.DialogId, cancellationToken: cancellationToken)
            : await step.NextAsync(cancellationToken: cancellationToken);
    }

    // The contact questions (asked only while no contact is known) end with the details, or with
    // nothing when they could not be read: then the reply comes in this chat.
    private static ComplaintDraft WithContact(WaterfallStepContext step)
    {
        var draft = step.Values.Get<ComplaintDraft>(DraftKey)!;
        if (draft.Reply != ReplyChoice.ContactDetails || draft.Contact is not null)
        {
            return draft;
        }

        return step.Result is Contact contact ? draft with { Contact = contact } : draft with { Reply = ReplyChoice.ThisChat };
    }

    private static Task<DialogTurnResult> AskDescriptionPromptAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Description, new PromptOptions
        {
            Prompt = Say.Text(step.Context,
                $"เล่ารายละเอียดได้เลยค่ะ เกิดอะไรขึ้น ที่ไหน เมื่อไร ยาวได้ไม่เกิน {NewComplaint.MaxTextLength:N0} ตัวอักษร",
                $"Please tell us what happened, where and when, in up to {NewComplaint.MaxTextLength:N0} characters."),
            RetryPrompt = Say.Text(step.Context, "กรุณาพิมพ์รายละเอียดเป็นข้อความค่ะ", "Please type the details as text."),
        }, cancellationToken);

    private static Task<DialogTurnResult> AskReplyPromptAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskAsync(step, Prompts.Reply,
            "ต้องการให้ติดต่อกลับทางใดคะ ให้ข้อมูลติดต่อ (ชื่อ โทรศัพท์ อีเมล) ให้ตอบกลับทางแชตนี้ หรือไม่ระบุตัวตน",
            "How should we get back to you: contact details (name, phone, e-mail), a reply in this chat, or stay anonymous?",
            ComplaintWording.ReplyChoices(Say.IsEnglish(step.Context)), cancellationToken);

    private static async Task<bool> ValidateDescriptionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Value is { Length: > NewComplaint.MaxTextLength })
        {
            await prompt.Context.SendActivityAsync(Say.Text(prompt.Context,
                $"รายละเอียดยาวเกิน {NewComplaint.MaxTextLength:N0} ตัวอักษรค่ะ กรุณาสรุปให้สั้นลงแล้วส่งใหม่",
                $"That is longer than {NewComplaint.MaxTextLength:N0} characters. Please shorten it and send it again."), cancellationToken);
            return false;
        }

        return prompt.Recognized.Succeeded;
    }

    private static Task<DialogTurnResult> AskAsync(
        WaterfallStepContext step, string promptId, string thai, string english, List<Choice> choices, CancellationToken cancellationToken) =>
        step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = Say.Text(step.Context, thai, english),
            RetryPrompt = Say.Text(step.Context, "กรุณาเลือกจากรายการ ตอบเป็นหมายเลขก็ได้ค่ะ", "Please pick one from the list; a number is fine."),
            Choices = choices,
        }, cancellationToken);

    private static void Update(WaterfallStepContext step, Func<ComplaintDraft, ComplaintDraft> change) =>
        step.Values.Set(DraftKey, change(step.Values.Get<ComplaintDraft>(DraftKey) ?? new ComplaintDraft()));

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(Topics.Offer(step.Context,
            "ขออภัยค่ะ ยังไม่เข้าใจคำตอบ จึงหยุดการแจ้งเรื่องไว้ก่อน ยังไม่ได้ส่งหรือเก็บข้อมูลใด ๆ พิมพ์ \"ร้องเรียน\" เพื่อเริ่มใหม่ได้ทุกเมื่อ",
            "Sorry, I could not understand the answer, so I stopped here. Nothing was sent or kept. Type \"complaint\" to start again at any time."),
            cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
