using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Calendar;

/// <summary>The business calendar for programs: when is something received at a moment due? Public and read-only.</summary>
internal static class CalendarEndpoints
{
    private const int MaxBusinessDays = 100;

    private static readonly string[] IsoWithOffset =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/calendar").WithTags("Calendar");
        calendar.MapGet("/due", DueAsync);
        return app;
    }

    public sealed record DueAnswer(DateTimeOffset Received, DateTimeOffset Due, int BusinessDays);

    private static async Task<Results<Ok<DueAnswer>, ProblemHttpResult>> DueAsync(
        string? received, string? days, BusinessCalendars calendars, CancellationToken cancellationToken)
    {
        // An unencoded "+07:00" in a query string arrives as " 07:00"; read it as the writer meant it.
        var text = received?.Trim().Replace(' ', '+');
        if (string.IsNullOrEmpty(text)
            || !DateTimeOffset.TryParseExact(text, IsoWithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return Problems.BadRequest("'received' must be an ISO 8601 date and time with an offset, e.g. 2026-05-29T10:00:00+07:00.");
        }

        var count = ResponseClock.AnswerDays;
        if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxBusinessDays))
        {
            return Problems.BadRequest($"'days' must be a whole number of business days from 1 to {MaxBusinessDays}.");
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        var due = calendar.DueAt(at, count);
        if (!calendar.Covers(BangkokTime.DateOf(at)) || !calendar.Covers(BangkokTime.DateOf(due)))
        {
            return Problems.BadRequest($"The holiday list covers {calendar.FirstYear}–{calendar.LastYear}; both the received and the due day must fall in it.");
        }

        return TypedResults.Ok(new DueAnswer(at, due, count));
    }
}
