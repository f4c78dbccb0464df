using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;

namespace Senate.ChatBot.Dialogs.Complaints;

/// <summary>
/// The PDPA notice shown before the complaint dialog asks for anything personal: what is
/// collected, why, how long it is kept, who sees it, and the person's rights. A change of wording
/// gets a new <see cref="Version"/>, which each consent records.
/// </summary>
public static class PrivacyNotice
{
    public const string Version = "complaints-2026-1";

    public static Activity Text(ITurnContext turnContext, int retentionMonths) => Say.Text(turnContext,
        "ก่อนเล่ารายละเอียด ขอแจ้งเรื่องข้อมูลส่วนบุคคลตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562\n" +
        "ข้อมูลที่เก็บ: รายละเอียดเรื่อง ไฟล์แนบ และช่องทางติดต่อที่ท่านเลือกให้ คือ ชื่อ โทรศัพท์ อีเมล หรือบัญชีแชตนี้ จะไม่ระบุตัวตนก็ได้\n" +
        "เพื่อ: พิจารณาเรื่อง ติดต่อกลับ และทำสถิติเพื่อปรับปรุงงาน สถิติไม่มีข้อมูลที่ระบุตัวท่าน\n" +
        $"ระยะเวลา: {retentionMonths} เดือนหลังปิดเรื่อง จากนั้นลบข้อมูลที่ระบุตัวท่าน\n" +
        "ผู้เห็นข้อมูล: เจ้าหน้าที่ศูนย์รับเรื่องร้องเรียนและหน่วยงานที่รับผิดชอบเรื่องในสำนักงานเลขาธิการวุฒิสภาเท่านั้น\n" +
        "สิทธิของท่าน: ขอดู ขอแก้ไข ขอลบข้อมูล หรือถอนความยินยอมได้ โดยแจ้งศูนย์รับเรื่องร้องเรียนพร้อมเลขที่อ้างอิง",
        "Before you tell us the details, a note on personal data under Thailand's Personal Data Protection Act 2019.\n" +
        "What we keep: the details, any files, and the contact you choose to give: name, phone, e-mail or this chat account. You may stay anonymous.\n" +
        "Why: to look into the matter, reply to you, and count statistics that improve our work; statistics never identify you.\n" +
        $"How long: {retentionMonths} months after the matter is closed; then what identifies you is erased.\n" +
        "Who sees it: only complaint desk staff and the unit of the Senate Secretariat handling the matter.\n" +
        "Your rights: to see, correct or erase your data, or withdraw consent, by telling the complaint desk your reference number.");

    public static Activity Question(ITurnContext turnContext) => Say.Text(turnContext,
        "ท่านยินยอมให้เก็บและใช้ข้อมูลตามนี้หรือไม่คะ", "Do you agree to us keeping and using your data this way?");

    public static Activity Declined(ITurnContext turnContext) => Topics.Offer(turnContext,
        "ไม่เป็นไรค่ะ ไม่ได้เก็บข้อมูลใด ๆ ไว้ หากต้องการแจ้งเรื่องทางอื่น ติดต่อศูนย์รับเรื่องร้องเรียนได้ในวันและเวลาราชการ จันทร์ถึงศุกร์ 08.30–16.30 น.",
        "That is fine; nothing was kept. To reach us another way, contact the complaint desk on working days, Monday to Friday, 08:30–16:30.");
}
