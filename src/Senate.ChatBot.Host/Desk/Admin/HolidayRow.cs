using Senate.ChatBot.Features.Calendar;

namespace Senate.ChatBot.Host.Desk.Admin;

/// <summary>Where a line of the holiday page comes from: the repository's list or an administrator's change.</summary>
internal enum HolidaySource
{
    Listed,
    DeskHoliday,
    DeskWorkingDay,
}

/// <summary>One line of the holiday page: a holiday in force, or a listed holiday the desk called off.</summary>
internal sealed record HolidayRow(DateOnly Date, string Thai, string English, HolidaySource Source)
{
    /// <summary>The year's holidays in force and its called-off days, in date order.</summary>
    public static IReadOnlyList<HolidayRow> Of(int year, IReadOnlyList<Holiday> inForce, IReadOnlyList<CalendarOverride> overrides)
    {
        var changed = overrides.Where(o => o.Date.Year == year).ToDictionary(o => o.Date);
        var holidays = inForce.Where(h => h.Date.Year == year)
            .Select(h => new HolidayRow(h.Date, h.Thai, h.English, changed.ContainsKey(h.Date) ? HolidaySource.DeskHoliday : HolidaySource.Listed));
        var calledOff = changed.Values.Where(o => !o.IsHoliday)
            .Select(o => new HolidayRow(o.Date, o.Thai, o.English, HolidaySource.DeskWorkingDay));
        return [.. holidays.Concat(calledOff).OrderBy(r => r.Date)];
    }
}
