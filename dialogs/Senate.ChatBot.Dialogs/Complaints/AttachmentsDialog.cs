using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>
/// Collects photos and files, one message at a time (LINE sends each picture as its own message),
/// until the person says they are done. Files arrive already stored (the channel saved the upload
/// and links it as /api/attachments/{id}); this dialog keeps their ids. Ends with the list of ids.
/// </summary>
public sealed class AttachmentsDialog : ComponentDialog
{
    public const string DialogId = "complaint.attachments";
    public const int MaxFiles = 10;
    private const string FilePrompt = "complaint.file";
    private static readonly string[] DoneWords = ["ไม่มี", "เสร็จแล้ว", "เสร็จ", "ข้าม", "พอแล้ว", "done", "none", "no", "skip", "finished"];

    public AttachmentsDialog()
        : base(DialogId)
    {
        AddDialog(new TextPrompt(FilePrompt, ValidateAsync) { MaxAttempts = ComplaintDialog.MaxAttempts });
        AddDialog(new WaterfallDialog("complaint.attachments.loop", [AskAsync, CollectAsync]));
        InitialDialogId = "complaint.attachments.loop";
    }

    /// <summary>The ids of our stored files attached to <paramref name="activity"/>.</summary>
    public static List<Guid> From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.Attachments ?? []).Select(a => StoredId(a.ContentUrl)).OfType<Guid>()];
    }

    private static Guid? StoredId(string? contentUrl)
    {
        var parts = contentUrl?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return parts.Length >= 2 && parts[^2] == "attachments" && Guid.TryParse(parts[^1], out var id) ? id : null;
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var files = step.GetOptions<List<Guid>>() ?? [];
        step.Values.Set("files", files);
        if (files.Count >= MaxFiles)
        {
            return step.EndDialogAsync(files, cancellationToken);
        }

        var prompt = files.Count == 0
            ? Say.Text(step.Context, "มีรูปภาพหรือไฟล์ประกอบไหมคะ ส่งมาได้เลย ถ้าไม่มีแตะ \"ไม่มี\"",
                "Do you have photos or files to add? Send them now, or tap \"None\".")
            : Say.Text(step.Context, $"ได้รับไฟล์แล้ว {files.Count} ไฟล์ ส่งเพิ่มได้ (รวมไม่เกิน {MaxFiles} ไฟล์) หรือแตะ \"เสร็จแล้ว\"",
                $"{files.Count} file(s) received. Send more (up to {MaxFiles}) or tap \"Done\".");
        var done = files.Count == 0 ? Say.Pick(step.Context, "ไม่มี", "None") : Say.Pick(step.Context, "เสร็จแล้ว", "Done");
        prompt.SuggestedActions = new SuggestedActions([new CardAction(ActionTypes.ImBack, done, done)]);
        return step.PromptAsync(FilePrompt, new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Say.Text(step.Context, $"ส่งรูปหรือไฟล์ได้เลยค่ะ หรือพิมพ์ \"{done}\"", $"Send a photo or file, or type \"{done}\"."),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> CollectAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var files = step.Values.Get<List<Guid>>("files") ?? [];
        var received = From(step.Context.Activity);
        return step.PromptFailed || received.Count == 0
            ? step.EndDialogAsync(files, cancellationToken)
            : step.ReplaceDialogAsync("complaint.attachments.loop", files.Concat(received).Distinct().Take(MaxFiles).ToList(), cancellationToken);
    }

    private static Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(From(prompt.Context.Activity).Count > 0 || IsDone(prompt.Recognized.Value));

    private static bool IsDone(string? text) =>
        text is not null && DoneWords.Any(w => text.Trim().Equals(w, StringComparison.OrdinalIgnoreCase));
}
