namespace Senate.ChatBot.Features.Bookshelf;

/// <summary>A bookshelf search: title words (Thai needs no spaces) narrowed by body, meeting, format and publication dates.</summary>
public sealed record BookshelfQuery
{
    public string? Words { get; init; }

    public string? CommitteeId { get; init; }

    public string? MeetingId { get; init; }

    public string? Format { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Limit { get; init; } = 5;
}
