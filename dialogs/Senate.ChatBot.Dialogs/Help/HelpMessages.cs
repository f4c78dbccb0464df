using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;

namespace Senate.ChatBot.Dialogs.Help;

/// <summary>Welcome, help and "not understood" answers: each says what the bot can do, in plain sentences.</summary>
public static class HelpMessages
{
    public static Activity Welcome(ITurnContext turnContext) => Topics.Offer(turnContext,
        "สวัสดีค่ะ ผู้ช่วยวุฒิสภายินดีให้บริการ ถามได้เรื่องกำหนดการประชุมวุฒิสภาและกรรมาธิการ ค้นหาเอกสารในชั้นหนังสืออิเล็กทรอนิกส์ " +
        "ยื่นเรื่องร้องเรียน ร้องทุกข์ หรือเสนอแนะ และติดตามเรื่องที่ยื่นไว้ พิมพ์คำถามได้เลย หรือเลือกหัวข้อด้านล่าง",
        "Hello, this is the Senate assistant. Ask about Senate sittings and committee meetings, search the electronic bookshelf, " +
        "file a complaint, petition or suggestion, or track one you filed. Type your question or pick a topic below.");

    public static Activity Help(ITurnContext turnContext) => Topics.Offer(turnContext,
        "วิธีใช้: พิมพ์สิ่งที่ต้องการเป็นประโยคธรรมดา เช่น \"ประชุมกรรมาธิการวันพรุ่งนี้\" \"หาเอกสารงบประมาณ\" \"ร้องเรียน\" หรือ \"ติดตามเรื่อง CMP-2569-000123-K7\" " +
        "พิมพ์ \"ยกเลิก\" เพื่อหยุดเรื่องที่ทำอยู่ และ \"ติดต่อเจ้าหน้าที่\" เพื่อฝากเรื่องถึงเจ้าหน้าที่",
        "How to use: write what you need in plain words, for example \"committee meetings tomorrow\", \"find the budget report\", " +
        "\"file a complaint\" or \"track CMP-2569-000123-K7\". Type \"cancel\" to stop what we are doing and \"talk to staff\" to reach a person.");

    public static Activity NotUnderstood(ITurnContext turnContext) => Topics.Offer(turnContext,
        "ขออภัยค่ะ ยังไม่แน่ใจว่าต้องการเรื่องใด ผู้ช่วยนี้ตอบเรื่องการประชุม ชั้นหนังสือ และเรื่องร้องเรียนของวุฒิสภา " +
        "เลือกหัวข้อด้านล่าง หรือพิมพ์ \"ติดต่อเจ้าหน้าที่\" หากต้องการคุยกับเจ้าหน้าที่",
        "Sorry, I am not sure what you need. I can help with Senate meetings, the bookshelf and complaints. " +
        "Pick a topic below, or type \"talk to staff\" to reach a person.");

    public static Activity StartOver(ITurnContext turnContext) => Say.Text(turnContext,
        "ขออภัยค่ะ ผู้ช่วยเพิ่งได้รับการปรับปรุง เรื่องที่คุยค้างไว้จึงต้องเริ่มใหม่",
        "Sorry, the assistant was just updated, so we need to start this over.");

    public static Activity Cancelled(ITurnContext turnContext) => Topics.Offer(turnContext,
        "ยกเลิกแล้วค่ะ ต้องการทำอะไรต่อ เลือกหัวข้อด้านล่างหรือพิมพ์คำถามได้เลย",
        "Cancelled. What would you like to do next? Pick a topic below or type your question.");

    public static Activity NothingToCancel(ITurnContext turnContext) => Topics.Offer(turnContext,
        "ตอนนี้ไม่มีเรื่องที่ต้องยกเลิกค่ะ ต้องการให้ช่วยเรื่องใด",
        "There is nothing to cancel. How can I help?");

    public static Activity Thanks(ITurnContext turnContext) => Say.Text(turnContext,
        "ยินดีค่ะ หากมีคำถามเพิ่มเติมพิมพ์มาได้ตลอดเวลา",
        "You are welcome. Write any time you have another question.");
}
