using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>The summary before sending, what is filed, and the answer after filing.</summary>
public static class ComplaintSummary
{
    private const int DescriptionPreview = 300;
    private const string LineChannel = "line";

    public static Activity Of(ITurnContext turnContext, ComplaintDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var description = draft.Description.Length > DescriptionPreview ? draft.Description[..DescriptionPreview] + "…" : draft.Description;
        var files = draft.Attachments.Count;
        return Say.Text(turnContext,
            $"สรุปเรื่องที่จะส่ง\nประเภท: {ComplaintWording.Name(draft.Category, false)}\nเรื่องเกี่ยวกับ: {ComplaintSubjects.Name(draft.Subject, english: false)}\n" +
            $"รายละเอียด: {description}\nไฟล์แนบ: {(files == 0 ? "ไม่มี" : $"{files} ไฟล์")}\nการติดต่อกลับ: {ReplyLine(draft, false)}",
            $"Summary of what will be sent\nType: {ComplaintWording.Name(draft.Category, true)}\nAbout: {ComplaintSubjects.Name(draft.Subject, english: true)}\n" +
            $"Details: {description}\nFiles: {(files == 0 ? "none" : $"{files}")}\nHow we reply: {ReplyLine(draft, true)}");
    }

    public static NewComplaint ToNewComplaint(ITurnContext turnContext, ComplaintDraft draft)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(draft);
        var activity = turnContext.Activity;
        var anonymous = draft.Reply == ReplyChoice.Anonymous;
        var replyTo = anonymous ? null : new ReplyAddress(
            activity.ChannelId ?? "", activity.From?.Id ?? "", activity.Conversation?.Id ?? "", activity.Locale ?? "th-TH");
        return new NewComplaint(
            activity.ChannelId == LineChannel ? ComplaintChannel.Line : ComplaintChannel.WebChat,
            draft.Category, draft.Subject, draft.Description, draft.Attachments,
            anonymous ? null : draft.Contact, replyTo, anonymous, new Consent(PrivacyNotice.Version, draft.ConsentGivenAt));
    }

    public static Activity Filed(ITurnContext turnContext, FiledComplaint filed)
    {
        ArgumentNullException.ThrowIfNull(filed);
        var activity = Say.Text(turnContext,
            $"ส่งเรื่องเรียบร้อยแล้วค่ะ\nเลขที่อ้างอิง: {filed.Reference}\nสำนักงานฯ จะตอบภายใน{ThaiDates.DayAndTime(filed.DueAt, false)}\n" +
            $"ติดตามเรื่องได้โดยพิมพ์ \"ติดตามเรื่อง {filed.Reference}\"",
            $"Your matter has been sent.\nReference number: {filed.Reference}\nWe will answer by {ThaiDates.DayAndTime(filed.DueAt, true)}.\n" +
            $"To check on it, type \"track {filed.Reference}\".");
        activity.SuggestedActions = new SuggestedActions([new CardAction(ActionTypes.ImBack,
            Say.Pick(turnContext, "ติดตามเรื่อง", "Track"), Say.Pick(turnContext, $"ติดตามเรื่อง {filed.Reference}", $"track {filed.Reference}"))]);
        return activity;
    }

    private static string ReplyLine(ComplaintDraft draft, bool english) => draft.Reply switch
    {
        ReplyChoice.Anonymous => english ? "anonymous (no reply; keep the reference number)" : "ไม่ระบุตัวตน (ไม่มีการติดต่อกลับ โปรดเก็บเลขที่อ้างอิงไว้)",
        ReplyChoice.ContactDetails when draft.Contact is { } c => string.Join(", ", new[]
        {
            c.Name,
            c.Phone is null ? null : (english ? "phone " : "โทร ") + c.Phone,
            c.Email is null ? null : (english ? "e-mail " : "อีเมล ") + c.Email,
            english ? "and in this chat" : "และทางแชตนี้",
        }.Where(x => x is not null)),
        _ => english ? "in this chat" : "ทางแชตนี้",
    };
}
