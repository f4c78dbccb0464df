using Marten;

namespace Senate.ChatBot.Features.Calendar;

/// <summary>
/// The calendar in force: the repository's holiday list with the administrators' changes on top.
/// Kept for a minute so the public due-date endpoint does not query per request; a change made on
/// this host is seen at once, one made on another host within the minute.
/// </summary>
public sealed class BusinessCalendars(IDocumentStore store, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private volatile Cached? _cached;

    public async Task<BusinessCalendar> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } cached && cached.Until > time.GetUtcNow())
        {
            return cached.Calendar;
        }

        var holidays = await HolidaysAsync(cancellationToken);
        var data = HolidayData.Embedded;
        var calendar = new BusinessCalendar(holidays.Select(h => h.Date), data.FirstYear, data.LastYear);
        _cached = new Cached(calendar, time.GetUtcNow() + KeepFor);
        return calendar;
    }

    /// <summary>Every holiday in force, listed ones and added ones, minus those called off.</summary>
    public async Task<IReadOnlyList<Holiday>> HolidaysAsync(CancellationToken cancellationToken = default)
    {
        var overrides = (await OverridesAsync(cancellationToken)).ToDictionary(o => o.Date);
        return
        [
            .. HolidayData.Embedded.Holidays.Where(h => !overrides.ContainsKey(h.Date))
                .Concat(overrides.Values.Where(o => o.IsHoliday).Select(o => new Holiday(o.Date, o.Thai, o.English)))
                .OrderBy(h => h.Date),
        ];
    }

    /// <summary>The administrators' changes, earliest day first, so the desk can tell them from the listed holidays.</summary>
    public async Task<IReadOnlyList<CalendarOverride>> OverridesAsync(CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return [.. (await session.Query<CalendarOverride>().ToListAsync(cancellationToken)).OrderBy(o => o.Date)];
    }

    /// <summary>Makes <paramref name="date"/> a holiday or a working day; the caller re-computes what depends on it.</summary>
    public async Task<BusinessCalendar> SetDayAsync(
        DateOnly date, bool isHoliday, string thai, string english, string changedBy, CancellationToken cancellationToken = default)
    {
        await using (var session = store.LightweightSession())
        {
            session.Store(new CalendarOverride(CalendarOverride.IdFor(date), date, isHoliday, thai, english, changedBy, time.GetUtcNow()));
            await session.SaveChangesAsync(cancellationToken);
        }

        _cached = null;
        return await CurrentAsync(cancellationToken);
    }

    private sealed record Cached(BusinessCalendar Calendar, DateTimeOffset Until);
}
