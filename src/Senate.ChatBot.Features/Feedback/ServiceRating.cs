namespace Senate.ChatBot.Features.Feedback;

/// <summary>
/// A satisfaction score (1–5) a person gave the chat service. Deliberately anonymous: no user or
/// conversation id, so ratings can be kept and reported without personal data.
/// </summary>
public sealed record ServiceRating(Guid Id, string Channel, int Score, DateTimeOffset GivenAt)
{
    public const int Lowest = 1;
    public const int Highest = 5;
}
