using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Calendar;

/// <summary>
/// Thai government working days and office hours (08:30–16:30, Asia/Bangkok): Monday to Friday
/// except the holidays given. Business time is time inside office hours on working days; it is
/// what the complaint clock counts while a complaint waits for information.
/// </summary>
public sealed class BusinessCalendar(IEnumerable<DateOnly> holidays, int firstYear, int lastYear)
{
    public static readonly TimeOnly OpensAt = new(8, 30);
    public static readonly TimeOnly ClosesAt = new(16, 30);
    public static readonly TimeSpan OfficeDay = ClosesAt - OpensAt;

    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    /// <summary>The first year the holiday data covers; earlier days only know weekends.</summary>
    public int FirstYear { get; } = firstYear;

    /// <summary>The last year the holiday data covers; later days only know weekends.</summary>
    public int LastYear { get; } = lastYear;

    public bool Covers(DateOnly day) => day.Year >= FirstYear && day.Year <= LastYear;

    public bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    public DateOnly NextBusinessDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsBusinessDay(day));
        return day;
    }

    public DateOnly PreviousBusinessDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(-1);
        }
        while (!IsBusinessDay(day));
        return day;
    }

    /// <summary>The <paramref name="count"/>-th business day after <paramref name="day"/>; the day itself never counts.</summary>
    public DateOnly AddBusinessDays(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            day = NextBusinessDay(day);
        }

        return day;
    }

    /// <summary>How many business days lie after <paramref name="after"/> up to and including <paramref name="through"/>.</summary>
    public int BusinessDaysBetween(DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var day = after.AddDays(1); day <= through; day = day.AddDays(1))
        {
            count += IsBusinessDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Office time that passes between two moments; zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var day = BangkokTime.DateOf(from); day <= BangkokTime.DateOf(to); day = day.AddDays(1))
        {
            if (!IsBusinessDay(day))
            {
                continue;
            }

            var start = Max(from, InBangkok(day, OpensAt));
            var end = Min(to, InBangkok(day, ClosesAt));
            total += end > start ? end - start : TimeSpan.Zero;
        }

        return total;
    }

    /// <summary>
    /// The moment when <paramref name="amount"/> of office time has passed after <paramref name="from"/>.
    /// An amount that uses up a day ends at 16:30 that day, not at 08:30 on the next.
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset from, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        var day = BangkokTime.DateOf(from);
        var start = BangkokTime.ToLocal(from);
        if (!IsBusinessDay(day) || start >= InBangkok(day, ClosesAt))
        {
            day = NextBusinessDay(day);
            start = InBangkok(day, OpensAt);
        }

        start = Max(start, InBangkok(day, OpensAt));
        while (amount > InBangkok(day, ClosesAt) - start)
        {
            amount -= InBangkok(day, ClosesAt) - start;
            day = NextBusinessDay(day);
            start = InBangkok(day, OpensAt);
        }

        return start + amount;
    }

    /// <summary>
    /// The latest moment from which <paramref name="amount"/> of office time remains until
    /// <paramref name="to"/>: one office day before 16:30 is 08:30 the same day.
    /// </summary>
    public DateTimeOffset SubtractBusinessTime(DateTimeOffset to, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        var day = BangkokTime.DateOf(to);
        var end = BangkokTime.ToLocal(to);
        if (!IsBusinessDay(day) || end <= InBangkok(day, OpensAt))
        {
            day = PreviousBusinessDay(day);
            end = InBangkok(day, ClosesAt);
        }

        end = Min(end, InBangkok(day, ClosesAt));
        while (amount > end - InBangkok(day, OpensAt))
        {
            amount -= end - InBangkok(day, OpensAt);
            day = PreviousBusinessDay(day);
            end = InBangkok(day, ClosesAt);
        }

        return end - amount;
    }

    /// <summary>A Bangkok wall-clock moment, written with its +07:00 offset (as the due-date API answers).</summary>
    public static DateTimeOffset InBangkok(DateOnly day, TimeOnly time) => BangkokTime.ToLocal(BangkokTime.At(day, time));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
