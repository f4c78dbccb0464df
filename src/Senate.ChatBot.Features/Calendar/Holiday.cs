namespace Senate.ChatBot.Features.Calendar;

/// <summary>A weekday on which government offices are closed, with its name for people.</summary>
public sealed record Holiday(DateOnly Date, string Thai, string English);
