using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Host.Meetings;

/// <summary>
/// "Add to calendar" links from meeting cards. The link carries no sign-in, so it serves public
/// meetings only; a closed meeting answers 404 exactly like a meeting that does not exist.
/// </summary>
internal static class MeetingCalendarEndpoints
{
    public static IEndpointRouteBuilder MapMeetingCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{id}.ics", GetAsync).WithTags("Meetings");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(string id, MeetingQueries meetings, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, Viewer.Public, cancellationToken) is not { } meeting)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(MeetingCalendarFile.For(meeting)), "text/calendar; charset=utf-8", meeting.Id + ".ics");
    }
}
