using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>
/// The names people see for categories, subject areas and reply choices. Button titles stay within
/// LINE's 20 characters; subject areas are in <see cref="ComplaintSubjects"/>.
/// </summary>
public static class ComplaintWording
{
    private static readonly (ComplaintCategory Category, string Thai, string English, string[] Synonyms)[] Categories =
    [
        (ComplaintCategory.Complaint, "ร้องเรียน", "Complaint", ["complain", "ร้องเรียน"]),
        (ComplaintCategory.Petition, "ร้องทุกข์", "Petition", ["ขอความช่วยเหลือ", "petition"]),
        (ComplaintCategory.Suggestion, "ข้อเสนอแนะ", "Suggestion", ["เสนอแนะ", "suggest"]),
        (ComplaintCategory.Compliment, "ชมเชย", "Compliment", ["ชม", "praise"]),
        (ComplaintCategory.CorruptionTip, "แจ้งเบาะแสทุจริต", "Corruption tip-off", ["ทุจริต", "เบาะแส", "corruption", "tip"]),
    ];

    private static readonly (ReplyChoice Reply, string Thai, string English)[] Replies =
    [
        (ReplyChoice.ContactDetails, "ให้ข้อมูลติดต่อ", "Give contact details"),
        (ReplyChoice.ThisChat, "ตอบกลับทางแชตนี้", "Reply in this chat"),
        (ReplyChoice.Anonymous, "ไม่ระบุตัวตน", "Stay anonymous"),
    ];

    public static List<Choice> CategoryChoices(bool english) =>
        [.. Categories.Select(c => new Choice(english ? c.English : c.Thai) { Synonyms = c.Synonyms })];

    public static ComplaintCategory CategoryAt(int index) => Categories[index].Category;

    public static string Name(ComplaintCategory category, bool english)
    {
        var found = Categories.First(c => c.Category == category);
        return english ? found.English : found.Thai;
    }

    public static List<Choice> SubjectChoices(bool english) => [.. ComplaintSubjects.All.Select(s => new Choice(english ? s.English : s.Thai))];

    public static string SubjectAt(int index) => ComplaintSubjects.All[index].Key;

    /// <summary>The "something else" subject, as if the person had picked it.</summary>
    public static FoundChoice OtherSubject(bool english)
    {
        var index = ComplaintSubjects.All.ToList().FindIndex(s => s.Key == ComplaintSubjects.Other);
        var other = ComplaintSubjects.All[index];
        return new FoundChoice(english ? other.English : other.Thai, index, 1f);
    }

    public static List<Choice> ReplyChoices(bool english) => [.. Replies.Select(r => new Choice(english ? r.English : r.Thai))];

    public static ReplyChoice ReplyAt(int index) => Replies[index].Reply;

    public static string Stage(ComplaintStage status, bool english) => status switch
    {
        ComplaintStage.Received => english ? "received, waiting for the desk" : "รับเรื่องแล้ว รอเจ้าหน้าที่ตรวจสอบ",
        ComplaintStage.Acknowledged => english ? "acknowledged by the desk" : "เจ้าหน้าที่รับทราบเรื่องแล้ว",
        ComplaintStage.InProgress => english ? "being handled" : "อยู่ระหว่างดำเนินการ",
        ComplaintStage.AwaitingInformation => english ? "waiting for more information from you" : "รอข้อมูลเพิ่มเติมจากท่าน",
        ComplaintStage.Replied => english ? "answered" : "ตอบกลับแล้ว",
        ComplaintStage.WithWorkingGroup => english ? "with a working group" : "อยู่ระหว่างพิจารณาของคณะทำงาน",
        _ => english ? "resolved" : "ดำเนินการเสร็จแล้ว",
    };
}
