using Microsoft.Extensions.Options;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>
/// Files a complaint, petition, suggestion, compliment or corruption tip-off: type, subject area,
/// the privacy notice and consent (before anything personal is asked), the description and files,
/// how to reply (contact details, this chat, or anonymous), a summary to confirm or edit, and then
/// the reference number with the due date.
/// </summary>
public sealed partial class ComplaintDialog : ComponentDialog, ITopicDialog
{
    public const int MaxAttempts = 3;
    private const string CollectId = "complaint.collect";
    private const string DraftKey = "draft";
    private const string LocaleKey = "locale";
    private readonly ComplaintRegister _register;
    private readonly TimeProvider _time;
    private readonly int _retentionMonths;

    public ComplaintDialog(ComplaintRegister register, IOptions<ComplaintOptions> options, TimeProvider time)
        : base(nameof(ComplaintDialog))
    {
        ArgumentNullException.ThrowIfNull(options);
        (_register, _time, _retentionMonths) = (register, time, options.Value.RetentionMonths);
        AddDialog(new ChoicePrompt(Prompts.Category) { MaxAttempts = MaxAttempts });
        AddDialog(new ChoicePrompt(Prompts.Subject, FileUnknownSubjectsAsOtherAsync) { MaxAttempts = MaxAttempts });
        AddDialog(new ChoicePrompt(Prompts.Consent) { MaxAttempts = MaxAttempts });
        AddDialog(new TextPrompt(Prompts.Description, ValidateDescriptionAsync) { MaxAttempts = MaxAttempts });
        AddDialog(new ChoicePrompt(Prompts.Reply) { MaxAttempts = MaxAttempts });
        AddDialog(new ChoicePrompt(Prompts.Action) { MaxAttempts = MaxAttempts });
        AddDialog(new ChoicePrompt(Prompts.Part) { MaxAttempts = MaxAttempts });
        AddDialog(new AttachmentsDialog());
        AddDialog(new ContactDialog());
        AddDialog(new WaterfallDialog(CollectId,
            [AskCategoryAsync, AskSubjectAsync, AskConsentAsync, AskDescriptionAsync, AskAttachmentsAsync, AskReplyAsync, AskContactAsync, ConfirmAsync]));
        AddDialog(new WaterfallDialog(ConfirmId, [ShowSummaryAsync, ActAsync]));
        AddDialog(new WaterfallDialog(EditId, [AskPartAsync, AskNewValueAsync, AskEditedContactAsync, ApplyEditAsync]));
        InitialDialogId = CollectId;
    }

    public string Intent => Intents.ComplaintFile;

    public Dialog Dialog => this;

    // A typed e-mail address or phone number has no Thai letters and would flip the answers to
    // English mid-form; the form keeps the language it was started in.
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.ActiveDialog!.State[LocaleKey] = dc.Context.Activity.Locale;
        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog?.State.Get<string>(LocaleKey) is { } locale)
        {
            dc.Context.Activity.Locale = locale;
        }

        return base.ContinueDialogAsync(dc, cancellationToken);
    }

    private static class Prompts
    {
        public const string Category = "complaint.category";
        public const string Subject = "complaint.subject";
        public const string Consent = "complaint.consent";
        public const string Description = "complaint.description";
        public const string Reply = "complaint.reply";
        public const string Action = "complaint.action";
        public const string Part = "complaint.part";
    }

    private static Task<DialogTurnResult> AskCategoryAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskAsync(step, Prompts.Category, "ต้องการแจ้งเรื่องประเภทใดคะ", "What would you like to send us?",
            ComplaintWording.CategoryChoices(Say.IsEnglish(step.Context)), cancellationToken);

    private static async Task<DialogTurnResult> AskSubjectAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice category)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values.Set(DraftKey, new ComplaintDraft { Category = ComplaintWording.CategoryAt(category.Index) });
        return await AskAsync(step, Prompts.Subject, "เรื่องนี้เกี่ยวกับอะไรคะ", "What is it about?",
            ComplaintWording.SubjectChoices(Say.IsEnglish(step.Context)), cancellationToken);
    }

    // People name the subject in their own words ("ถนน"); what fits no area is filed under "something
    // else" rather than asked again, since the description that follows says what it is about.
    private static Task<bool> FileUnknownSubjectsAsOtherAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded && !string.IsNullOrWhiteSpace(prompt.Context.Activity.Text))
        {
            prompt.Recognized.Value = ComplaintWording.OtherSubject(Say.IsEnglish(prompt.Context));
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    private async Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice subject)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        Update(step, d => d with { Subject = ComplaintWording.SubjectAt(subject.Index) });
        await step.Context.SendActivityAsync(PrivacyNotice.Text(step.Context, _retentionMonths), cancellationToken);
        var english = Say.IsEnglish(step.Context);
        return await step.PromptAsync(Prompts.Consent, new PromptOptions
        {
            Prompt = PrivacyNotice.Question(step.Context),
            Choices =
            [
                new Choice(english ? "I agree" : "ยินยอม") { Synonyms = ["ยินยอม", "ตกลง", "ใช่", "agree", "yes", "ok"] },
                new Choice(english ? "I do not agree" : "ไม่ยินยอม") { Synonyms = ["ไม่ยินยอม", "ไม่", "ไม่ตกลง", "no"] },
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice consent)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        if (consent.Index != 0)
        {
            await step.Context.SendActivityAsync(PrivacyNotice.Declined(step.Context), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        Update(step, d => d with { ConsentGivenAt = _time.GetUtcNow() });
        return await AskDescriptionPromptAsync(step, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskAttachmentsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string description)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        Update(step, d => d with { Description = description });
        return await step.BeginDialogAsync(AttachmentsDialog.DialogId, AttachmentsDialog.From(step.Context.Activity), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskReplyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Update(step, d => d with { Attachments = step.Result as IReadOnlyList<Guid> ?? [] });
        return await AskReplyPromptAsync(step, cancellationToken);
    }
}
