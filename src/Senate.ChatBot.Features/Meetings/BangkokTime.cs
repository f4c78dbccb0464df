namespace Senate.ChatBot.Features.Meetings;

/// <summary>
/// The Senate's clock: Asia/Bangkok (UTC+7, no daylight saving). Meetings are stored as instants;
/// "today", "a day" and "08:00 the day before" are Bangkok days.
/// </summary>
public static class BangkokTime
{
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Bangkok", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("Asia/Bangkok", TimeSpan.FromHours(7), "Asia/Bangkok", "Asia/Bangkok");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    /// <summary>The instant a Bangkok wall-clock time happens, in UTC (PostgreSQL stores timestamptz as UTC only).</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly clock) =>
        new DateTimeOffset(day.ToDateTime(clock), Zone.GetUtcOffset(day.ToDateTime(clock))).ToUniversalTime();

    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);
}
