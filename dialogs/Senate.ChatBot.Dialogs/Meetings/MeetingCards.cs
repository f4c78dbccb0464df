using Microsoft.Extensions.Options;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Dialogs.Meetings;

/// <summary>
/// Meetings as hero cards for LINE (shown as Flex bubbles): the card says the same words as the text
/// list, plus "add to calendar" (public meetings only, the .ics link needs no sign-in) and up to two documents.
/// </summary>
public sealed class MeetingCards(BookshelfSearch bookshelf, IOptions<MeetingLinkOptions> links)
{
    public const string LineChannel = "line";
    private const int MaxCards = 10;

    public async Task<IList<Attachment>> ForAsync(IReadOnlyList<Meeting> meetings, Viewer viewer, bool english, CancellationToken cancellationToken)
    {
        var cards = new List<Attachment>();
        foreach (var meeting in meetings.Take(MaxCards))
        {
            var buttons = new List<CardAction>();
            if (meeting.IsPublic && meeting.Status != MeetingStatus.Cancelled)
            {
                buttons.Add(new CardAction(ActionTypes.OpenUrl, english ? "Add to calendar" : "เพิ่มลงปฏิทิน", links.Value.CalendarUrl(meeting.Id)));
            }

            foreach (var document in (await bookshelf.ManyAsync(meeting.Documents, viewer, cancellationToken)).Take(2))
            {
                buttons.Add(new CardAction(ActionTypes.OpenUrl, english ? "Meeting document" : "เอกสารประกอบการประชุม", document.Files[0].Url));
            }

            cards.Add(new Attachment("application/vnd.microsoft.card.hero")
            {
                Content = new
                {
                    title = meeting.Body(english),
                    subtitle = $"{ThaiDates.DayAndTime(meeting.Start, english)} {meeting.Room}".Trim(),
                    text = string.Join(" ", new[] { meeting.Title }.Concat(meeting.Agenda.Take(3))),
                    buttons,
                },
            });
        }

        return cards;
    }
}
