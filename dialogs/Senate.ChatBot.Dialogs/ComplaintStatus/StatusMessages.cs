using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Complaints;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Dialogs.ComplaintStatus;

/// <summary>Status answers as plain lines a screen reader reads in order: what, where it stands, by when, what was said.</summary>
public static class StatusMessages
{
    public static Activity Detail(ITurnContext turnContext, ComplaintStatusView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Lines(bool en)
        {
            var lines = new List<string>
            {
                (en ? "Reference " : "เรื่องเลขที่ ") + view.Reference,
                (en ? "Type: " : "ประเภท: ") + ComplaintWording.Name(view.Category, en),
                (en ? "Status: " : "สถานะ: ") + ComplaintWording.Stage(view.Stage, en),
                (en ? "Received: " : "รับเรื่อง: ") + ThaiDates.Date(BangkokTime.DateOf(view.ReceivedAt), en),
            };
            if (view.Stage != ComplaintStage.Resolved)
            {
                lines.Add(view.Stage == ComplaintStage.AwaitingInformation
                    ? (en ? "The clock is stopped while we wait for your information." : "ระบบหยุดนับเวลาไว้ระหว่างรอข้อมูลจากท่าน")
                    : (en ? "Answer due: " : "กำหนดตอบ: ") + ThaiDates.DayAndTime(view.DueAt, en));
            }

            if (view.WorkingGroupDueAt is { } groupDue && view.Stage != ComplaintStage.Resolved)
            {
                lines.Add((en ? "Working group report due: " : "กำหนดรายงานผลของคณะทำงาน: ") + ThaiDates.DayAndTime(groupDue, en));
            }

            if (view.OpenQuestion is { } question)
            {
                lines.Add((en ? "Our question to you: " : "คำถามจากเจ้าหน้าที่: ") + question);
            }

            lines.Add(view.LatestReply is { } reply
                ? $"{(en ? "Latest reply" : "คำตอบล่าสุด")} ({ThaiDates.Date(BangkokTime.DateOf(view.LatestReplyAt!.Value), en)}): {reply}"
                : en ? "No reply yet." : "ยังไม่มีคำตอบ");
            return string.Join('\n', lines);
        }

        return Say.Text(turnContext, Lines(false), Lines(true));
    }

    public static Activity List(ITurnContext turnContext, IReadOnlyList<ComplaintStatusView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        string Lines(bool en) => string.Join('\n', views.Select((v, i) =>
            $"{i + 1}. {v.Reference} {ComplaintWording.Name(v.Category, en)}: {ComplaintWording.Stage(v.Stage, en)}" +
            (v.Stage == ComplaintStage.Resolved ? "" : $", {(en ? "due" : "กำหนดตอบ")} {ThaiDates.Date(BangkokTime.DateOf(v.DueAt), en)}")));
        var activity = Say.Text(turnContext,
            $"เรื่องที่ท่านแจ้งไว้ล่าสุด {views.Count} เรื่อง\n{Lines(false)}\nแตะเลขที่เรื่องเพื่อดูรายละเอียด",
            $"Your latest {views.Count} matter(s)\n{Lines(true)}\nTap a reference number for the details.");
        activity.SuggestedActions = new SuggestedActions([.. views.Select(v =>
            new CardAction(ActionTypes.ImBack, v.Reference, Say.Pick(turnContext, $"ติดตามเรื่อง {v.Reference}", $"track {v.Reference}")))]);
        return activity;
    }

    public static Activity NotFound(ITurnContext turnContext, string reference) => Say.Text(turnContext,
        $"ไม่พบเรื่องเลขที่ {reference} ค่ะ กรุณาตรวจสอบเลขอีกครั้ง ตัวอย่างรูปแบบ CMP-2569-000123-K7",
        $"There is no matter with reference {reference}. Please check the number; it looks like CMP-2569-000123-K7.");

    public static Activity TooManyTries(ITurnContext turnContext, TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return Say.Text(turnContext,
            $"ลองเลขที่ไม่พบหลายครั้งแล้วค่ะ กรุณารออีก {minutes} นาทีแล้วลองใหม่ หรือติดต่อศูนย์รับเรื่องร้องเรียนในวันและเวลาราชการ",
            $"Several numbers were not found. Please wait {minutes} minute(s) and try again, or contact the complaint desk on a working day.");
    }
}
