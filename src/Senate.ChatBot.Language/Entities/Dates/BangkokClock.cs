namespace Senate.ChatBot.Language.Entities.Dates;

/// <summary>Today as people in Thailand count it: the Asia/Bangkok calendar day, whatever the server's zone.</summary>
public static class BangkokClock
{
    // Thailand has kept UTC+7 without daylight saving since 1920; the fixed offset covers a machine without tzdata.
    private static readonly TimeZoneInfo Bangkok = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Bangkok", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("Asia/Bangkok", TimeSpan.FromHours(7), "Asia/Bangkok", "ICT");

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Today(time.GetUtcNow());
    }

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Bangkok).DateTime);
}
