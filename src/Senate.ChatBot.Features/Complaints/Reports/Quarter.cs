using System.Globalization;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Complaints.Reports;

/// <summary>
/// A quarter of the Thai government fiscal year, named by its Buddhist-era year: fiscal year 2569
/// runs from 1 October 2025 to 30 September 2026, and its first quarter is October to December.
/// </summary>
public sealed record Quarter(int FiscalYear, int Number)
{
    public DateTimeOffset Start => BusinessCalendar.InBangkok(new DateOnly(FiscalYear - 544, 10, 1).AddMonths(3 * (Number - 1)), TimeOnly.MinValue);

    public DateTimeOffset End => Start.AddMonths(3);

    public static Quarter Of(DateTimeOffset moment)
    {
        var day = BangkokTime.DateOf(moment);
        var monthsIntoYear = (day.Month + 2) % 12; // October is 0
        return new Quarter(day.Year + 543 + (day.Month >= 10 ? 1 : 0), (monthsIntoYear / 3) + 1);
    }

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = new Quarter(0, 0);
        var parts = text?.Split("-Q", StringSplitOptions.TrimEntries) ?? [];
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 2500 or > 2700 || number is < 1 or > 4)
        {
            return false;
        }

        quarter = new Quarter(year, number);
        return true;
    }

    /// <summary>"2569-Q1".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FiscalYear}-Q{Number}");
}
