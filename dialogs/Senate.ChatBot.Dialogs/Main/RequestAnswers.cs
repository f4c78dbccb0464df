using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Help;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Main;

/// <summary>One-message answers of the router: input it cannot read, and intents without a conversation of their own.</summary>
public static class RequestAnswers
{
    /// <summary>An answer for a message without usable text (a file outside a complaint, sticker, empty, too long), else null.</summary>
    public static Activity? ForUnreadable(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return HelpMessages.Welcome(turnContext);
        }

        // A photo or file with nothing open to take it: say how it can go with a complaint rather than "text only".
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Attachments is { Count: > 0 })
        {
            return Topics.Offer(turnContext,
                "ได้รับไฟล์แล้วค่ะ หากต้องการแจ้งเรื่องร้องเรียนพร้อมรูปหรือไฟล์ พิมพ์ \"ร้องเรียน\" แล้วส่งไฟล์อีกครั้งเมื่อผู้ช่วยขอรูปภาพหรือไฟล์ประกอบ",
                "File received. To file a complaint with photos or files, type \"complaint\" and send them again when I ask for them.");
        }

        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            return Topics.Offer(turnContext,
                "ผู้ช่วยอ่านได้เฉพาะข้อความค่ะ กรุณาพิมพ์สิ่งที่ต้องการเป็นตัวอักษร หรือเลือกหัวข้อด้านล่าง",
                "I can only read text. Please type what you need, or pick a topic below.");
        }

        if (activity.Text.Length > MainDialog.MaxTextLength)
        {
            return Say.Text(turnContext,
                $"ข้อความยาวเกินไปค่ะ (เกิน {MainDialog.MaxTextLength:N0} ตัวอักษร) กรุณาสรุปคำถามให้สั้นลง หากเป็นเรื่องร้องเรียน พิมพ์ \"ร้องเรียน\" แล้วบอตจะถามรายละเอียดทีละขั้น",
                $"That message is too long (over {MainDialog.MaxTextLength:N0} characters). Please ask more briefly; for a complaint, type \"complaint\" and I will ask for the details step by step.");
        }

        return null;
    }

    public static Activity ForIntent(ITurnContext turnContext, string intent) => intent switch
    {
        Intents.Greeting => HelpMessages.Welcome(turnContext),
        Intents.Help => HelpMessages.Help(turnContext),
        Intents.Cancel => HelpMessages.NothingToCancel(turnContext),
        Intents.Human => Topics.Offer(turnContext,
            "เจ้าหน้าที่ศูนย์รับเรื่องร้องเรียนทำงานในวันและเวลาราชการ (จันทร์–ศุกร์ 08.30–16.30 น.) หากต้องการให้เจ้าหน้าที่ติดต่อกลับ " +
            "พิมพ์ \"ร้องเรียน\" แล้วฝากรายละเอียดไว้ ท่านจะได้เลขที่อ้างอิงและคำตอบภายใน 3 วันทำการ",
            "Complaint desk staff work on government working days (Monday to Friday, 08:30–16:30). To have someone get back to you, " +
            "type \"complaint\" and leave the details; you will get a reference number and an answer within 3 business days."),
        Intents.None => HelpMessages.NotUnderstood(turnContext),
        _ => Topics.Offer(turnContext,
            "ขออภัยค่ะ บริการนี้ยังไม่เปิดในแชต กำลังเตรียมให้ใช้ได้เร็ว ๆ นี้ ระหว่างนี้เลือกหัวข้ออื่นด้านล่างได้",
            "Sorry, this service is not open in the chat yet. Meanwhile you can pick another topic below."),
    };
}
