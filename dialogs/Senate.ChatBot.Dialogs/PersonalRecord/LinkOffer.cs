using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Meetings;

namespace Senate.ChatBot.Dialogs.PersonalRecord;

/// <summary>
/// Why a person's own data needs an account link, and the way to do it: a "เชื่อมบัญชีสมาชิก" button
/// on LINE (where members link), or where to go when they write from the website.
/// </summary>
public static class LinkOffer
{
    public const string LinkThai = "เชื่อมบัญชีสมาชิก";
    public const string LinkEnglish = "Link my member account";

    public static Activity ForOwnData(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.ChannelId != MeetingCards.LineChannel)
        {
            return Say.Text(turnContext,
                "ข้อมูลส่วนบุคคลของสมาชิกวุฒิสภา เช่น ประวัติ การเข้าประชุม และเบี้ยประชุม แสดงเฉพาะกับสมาชิกท่านนั้นเองผ่านบัญชี LINE \"Senate Formal\" ที่เชื่อมกับทะเบียนสมาชิกแล้ว " +
                "เพื่อคุ้มครองข้อมูลส่วนบุคคล ในแชตบนเว็บไซต์จึงแสดงไม่ได้ค่ะ หากท่านเป็นสมาชิก กรุณาเพิ่มเพื่อน \"Senate Formal\" ใน LINE แล้วพิมพ์ \"เชื่อมบัญชีสมาชิก\"",
                "A senator's own record (profile, attendance, allowances) is shown only to that senator, through the LINE account \"Senate Formal\" " +
                "once it is linked to their member record. To protect personal data it cannot be shown in the website chat. If you are a member, " +
                "add \"Senate Formal\" on LINE and type \"link my member account\".");
        }

        var activity = Say.Text(turnContext,
            "ข้อมูลนี้เป็นข้อมูลส่วนบุคคลของสมาชิกวุฒิสภา จึงแสดงได้เฉพาะกับสมาชิกท่านนั้นเองหลังเชื่อมบัญชี LINE กับทะเบียนสมาชิกแล้วค่ะ " +
            "บัญชีนี้ยังไม่ได้เชื่อม หากท่านเป็นสมาชิก เลือก \"เชื่อมบัญชีสมาชิก\" ด้านล่าง แล้วใช้หมายเลขสมาชิกและรหัสที่สำนักงานฯ ให้ไว้",
            "This is a senator's personal data, so it is shown only to that senator after their LINE account is linked to their member record. " +
            "This account is not linked yet. If you are a member, choose \"Link my member account\" below and use your member number and the code the Secretariat gave you.");
        var link = Say.Pick(turnContext, LinkThai, LinkEnglish);
        activity.SuggestedActions = new SuggestedActions([new CardAction(ActionTypes.ImBack, link, link)]);
        return activity;
    }
}
