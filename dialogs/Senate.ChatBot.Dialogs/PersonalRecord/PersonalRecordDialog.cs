using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Dialogs.Meetings;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.PersonalRecord;

/// <summary>
/// A senator's own record: profile, committee seats, attendance, the coming week's meetings, allowances
/// and document requests, or just the part asked for. Only the member linked to this chat account ever
/// sees it; anyone else is told why and offered the account link.
/// </summary>
public sealed class PersonalRecordDialog : ComponentDialog, ITopicDialog
{
    private readonly ViewerResolver _viewers;
    private readonly MemberRecords _records;
    private readonly MeetingQueries _meetings;
    private readonly CommitteeDirectory _committees;

    public PersonalRecordDialog(ViewerResolver viewers, MemberRecords records, MeetingQueries meetings, CommitteeDirectory committees)
        : base(nameof(PersonalRecordDialog))
    {
        (_viewers, _records, _meetings, _committees) = (viewers, records, meetings, committees);
        AddDialog(new WaterfallDialog("record.flow", [AnswerAsync]));
        InitialDialogId = "record.flow";
    }

    public string Intent => Intents.PersonalRecord;

    public Dialog Dialog => this;

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var english = Say.IsEnglish(context);
        var number = await _viewers.MemberNumberAsync(context, cancellationToken);
        var member = number is null ? null : await _records.FindAsync(number, cancellationToken);
        if (number is null)
        {
            await context.SendActivityAsync(LinkOffer.ForOwnData(context), cancellationToken);
        }
        else if (member is null)
        {
            await context.SendActivityAsync(Topics.Offer(context,
                $"บัญชีนี้เชื่อมกับสมาชิกหมายเลข {number} แต่ยังไม่พบทะเบียนประวัติในระบบค่ะ กรุณาติดต่อเจ้าหน้าที่สำนักงานฯ เพื่อตรวจสอบ",
                $"This account is linked to member number {number}, but no record was found. Please contact the Secretariat staff to check."), cancellationToken);
        }
        else
        {
            var paragraphs = await ParagraphsAsync(member, RecordSections.Of(context.Activity.Text), english, context.Adapter.TimeProvider, cancellationToken);
            await context.SendActivityAsync(MessageFactory.Text(string.Join("\n\n", paragraphs)), cancellationToken);
        }

        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private async Task<List<string>> ParagraphsAsync(MemberRecord member, RecordSection section, bool english, TimeProvider time, CancellationToken cancellationToken)
    {
        var paragraphs = new List<string> { RecordSentences.Profile(member, english) };
        bool Wants(RecordSection s) => section == RecordSection.All || section == s;
        if (Wants(RecordSection.Committees))
        {
            paragraphs.Add(RecordSentences.Committees(member, await _committees.AllAsync(cancellationToken), english));
        }

        if (Wants(RecordSection.Attendance))
        {
            paragraphs.Add(RecordSentences.Attendance(member, english));
        }

        if (Wants(RecordSection.Meetings))
        {
            var today = BangkokTime.Today(time);
            paragraphs.Add(RecordSentences.Upcoming(await _meetings.ForMemberAsync(member.Id, today, today.AddDays(6), cancellationToken), english));
        }

        if (Wants(RecordSection.Allowance))
        {
            paragraphs.Add(RecordSentences.Allowances(member, english));
        }

        if (Wants(RecordSection.Documents))
        {
            paragraphs.Add(RecordSentences.Requests(member, english));
        }

        return paragraphs;
    }
}
