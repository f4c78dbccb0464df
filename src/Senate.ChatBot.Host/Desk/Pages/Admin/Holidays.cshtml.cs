using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints.Clock;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Host.Desk.Admin;
using Senate.ChatBot.Host.Desk.Cases;

namespace Senate.ChatBot.Host.Desk.Pages.Admin;

/// <summary>
/// Administrators see a year's holidays and declare a day a holiday (a special holiday the Cabinet
/// announced) or a working day; open complaints' due dates follow at once.
/// </summary>
internal sealed class HolidaysModel(BusinessCalendars calendars, DeskCalendar deskCalendar, TimeProvider time, ILogger<HolidaysModel> logger) : PageModel
{
    private const int BuddhistEraOffset = 543;

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public bool? IsHoliday { get; set; }

    [BindProperty]
    public string? Thai { get; set; }

    [BindProperty]
    public string? English { get; set; }

    public BusinessCalendar Calendar { get; private set; } = null!;

    public int Shown { get; private set; }

    public IReadOnlyList<HolidayRow> Rows { get; private set; } = [];

    public string? Problem { get; private set; }

    public int? Moved { get; private set; }

    /// <summary>Arguments of the page's messages: covered years in the Buddhist and Common eras, and the longest name.</summary>
    public object[] MessageArguments =>
        [Calendar.FirstYear + BuddhistEraOffset, Calendar.LastYear + BuddhistEraOffset, Calendar.FirstYear, Calendar.LastYear, DayChange.MaxNameLength];

    public static int BuddhistYear(int year) => year + BuddhistEraOffset;

    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(Year, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (change, problem) = DayChange.Read(Date, IsHoliday, Thai, English, await calendars.CurrentAsync(cancellationToken));
        if (change is null)
        {
            DeskAdminLog.DayRefused(logger, problem!);
            Problem = problem;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(Year, cancellationToken);
            return Page();
        }

        Moved = await deskCalendar.SetDayAsync(change.Date, change.IsHoliday, change.Thai, change.English, DeskActor.Of(User), cancellationToken);
        DeskAdminLog.DayChanged(logger, change.IsHoliday, Moved.Value);
        (Date, IsHoliday, Thai, English) = (null, null, null, null);
        await LoadAsync(change.Date.Year, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int? year, CancellationToken cancellationToken)
    {
        Calendar = await calendars.CurrentAsync(cancellationToken);
        var chosen = year ?? BangkokTime.Today(time).Year;
        Shown = Math.Clamp(chosen, Calendar.FirstYear, Calendar.LastYear);
        Rows = HolidayRow.Of(Shown, await calendars.HolidaysAsync(cancellationToken), await calendars.OverridesAsync(cancellationToken));
    }
}
