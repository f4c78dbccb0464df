using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>
/// Asks name, phone and e-mail, each checked (see <see cref="ContactDetails"/>); phone and e-mail
/// may be skipped. Ends with a <see cref="Contact"/>, or with nothing when the name could not be read.
/// </summary>
public sealed class ContactDialog : ComponentDialog
{
    public const string DialogId = "complaint.contact";
    private const string NamePrompt = "complaint.contact.name";
    private const string PhonePrompt = "complaint.contact.phone";
    private const string EmailPrompt = "complaint.contact.email";

    public ContactDialog()
        : base(DialogId)
    {
        AddDialog(new TextPrompt(NamePrompt, ContactDetails.ValidateNameAsync) { MaxAttempts = ComplaintDialog.MaxAttempts });
        AddDialog(new TextPrompt(PhonePrompt, ContactDetails.ValidatePhoneAsync) { MaxAttempts = ComplaintDialog.MaxAttempts });
        AddDialog(new TextPrompt(EmailPrompt, ContactDetails.ValidateEmailAsync) { MaxAttempts = ComplaintDialog.MaxAttempts });
        AddDialog(new WaterfallDialog("complaint.contact.steps", [AskNameAsync, AskPhoneAsync, AskEmailAsync, FinishAsync]));
        InitialDialogId = "complaint.contact.steps";
    }

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(NamePrompt, new PromptOptions
        {
            Prompt = Say.Text(step.Context, "ขอชื่อที่ให้เจ้าหน้าที่เรียกท่านค่ะ", "What name should our staff use for you?"),
        }, cancellationToken);

    private static async Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string name)
        {
            await step.Context.SendActivityAsync(Say.Text(step.Context,
                "ไม่เป็นไรค่ะ จะตอบกลับทางแชตนี้แทน", "No problem; we will reply in this chat instead."), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        step.Values["name"] = name.Trim();
        return await step.PromptAsync(PhonePrompt, new PromptOptions
        {
            Prompt = Say.Text(step.Context, "หมายเลขโทรศัพท์ที่ติดต่อได้ (หรือพิมพ์ \"ข้าม\")", "A phone number we can call (or type \"skip\")."),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskEmailAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["phone"] = ContactDetails.NormalizePhone(step.Result as string);
        return step.PromptAsync(EmailPrompt, new PromptOptions
        {
            Prompt = Say.Text(step.Context, "อีเมล (หรือพิมพ์ \"ข้าม\")", "An e-mail address (or type \"skip\")."),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var email = step.Result is string text && ContactDetails.IsEmail(text) ? text.Trim() : null;
        var contact = new Contact(step.Values.Get<string>("name"), step.Values.Get<string>("phone"), email);
        return step.EndDialogAsync(contact, cancellationToken);
    }
}
