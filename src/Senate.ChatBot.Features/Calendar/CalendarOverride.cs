namespace Senate.ChatBot.Features.Calendar;

/// <summary>
/// A desk administrator's change to one day: a special holiday the Cabinet announced
/// (<see cref="IsHoliday"/> true) or a listed holiday that was called off (false). Keyed by the
/// ISO date, so a second change to the same day replaces the first.
/// </summary>
public sealed record CalendarOverride(
    string Id,
    DateOnly Date,
    bool IsHoliday,
    string Thai,
    string English,
    string ChangedBy,
    DateTimeOffset ChangedAt)
{
    public static string IdFor(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
