using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.PersonalRecord;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Dialogs.Meetings;

/// <summary>
/// Answers a complete <see cref="MeetingRequest"/>: the next meeting of a body, a member's own meetings
/// (only once linked), a body's coming fortnight, or everything on a day or range. The public sees
/// public meetings only: closed meetings are filtered out by the queries, not by wording.
/// </summary>
public sealed class MeetingAnswers(MeetingQueries queries, CommitteeDirectory committees, ViewerResolver viewers, MeetingCards cards)
{
    private const int ComingDays = 14;

    public async Task AnswerAsync(ITurnContext turnContext, MeetingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        var english = Say.IsEnglish(turnContext);
        var viewer = await viewers.ViewerAsync(turnContext, cancellationToken);
        var now = turnContext.Adapter.TimeProvider.GetUtcNow();
        var today = BangkokTime.DateOf(now);
        var body = request.BodyId is { } id ? await committees.FindAsync(id, cancellationToken) : null;

        if (request.Mine && viewer.MemberNumber is null)
        {
            await turnContext.SendActivityAsync(LinkOffer.ForOwnData(turnContext), cancellationToken);
            return;
        }

        if (request.Next && !request.Mine)
        {
            var bodyId = body?.Id ?? Committee.SenateId;
            var next = await queries.NextAsync(bodyId, viewer, now, cancellationToken);
            var name = body?.Name(english) ?? (english ? "the Senate" : "วุฒิสภา");
            await SendAsync(turnContext, next is null ? [] : [next], viewer, english, withDay: true,
                english ? $"The next meeting of {name}:" : $"การประชุมครั้งถัดไปของ{name}",
                english ? $"There is no coming meeting of {name} that I can show." : $"ยังไม่มีกำหนดการประชุมครั้งถัดไปของ{name}ที่แสดงได้ค่ะ",
                cancellationToken);
            return;
        }

        var first = request.First ?? today;
        var last = request.Last ?? (request.First is null ? today.AddDays(request.Mine ? 6 : ComingDays - 1) : first);
        var meetings = request.Mine
            ? await queries.ForMemberAsync(viewer.MemberNumber!, first, last, cancellationToken)
            : await queries.InRangeAsync(first, last, viewer, body?.Id, cancellationToken);
        var span = MeetingLines.Span(first, last, english);
        var whose = request.Mine ? (english ? "your meetings" : "การประชุมของท่าน") : body?.Name(english) ?? (english ? "meetings" : "การประชุม");
        var publicNote = viewer.MemberNumber is null && !viewer.IsStaff
            ? (english ? " Only public meetings are shown here." : " (แสดงเฉพาะการประชุมที่เปิดเผยต่อสาธารณะ)")
            : "";
        await SendAsync(turnContext, meetings, viewer, english, withDay: first != last,
            english ? $"{Capital(whose)} {span}: {meetings.Count}.{publicNote}" : $"{whose} {span} มี {meetings.Count} รายการ{publicNote}",
            english ? $"There are no {whose} {span}.{publicNote}" : $"ไม่มี{whose} {span}ค่ะ{publicNote}",
            cancellationToken);
    }

    private async Task SendAsync(ITurnContext turnContext, IReadOnlyList<Meeting> meetings, Viewer viewer, bool english, bool withDay,
        string heading, string none, CancellationToken cancellationToken)
    {
        if (meetings.Count == 0)
        {
            var empty = MessageFactory.Text(none);
            empty.SuggestedActions = Topics.Buttons(turnContext);
            await turnContext.SendActivityAsync(empty, cancellationToken);
            return;
        }

        var reply = MessageFactory.Text($"{heading}\n{MeetingLines.List(meetings, english, withDay)}");
        if (turnContext.Activity.ChannelId == MeetingCards.LineChannel)
        {
            reply.Attachments = await cards.ForAsync(meetings, viewer, english, cancellationToken);
            reply.AttachmentLayout = "carousel";
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
