using System.Globalization;
using System.Text.Json;

namespace Senate.ChatBot.Features.Calendar;

/// <summary>The holiday list kept in the repository (thai-government-holidays.json, embedded in this assembly).</summary>
public sealed record HolidayData(IReadOnlyList<Holiday> Holidays, int FirstYear, int LastYear)
{
    private const string ResourceName = "Senate.ChatBot.Features.Calendar.thai-government-holidays.json";

    public static HolidayData Embedded { get; } = Load();

    private static HolidayData Load()
    {
        using var stream = typeof(HolidayData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var covers = root.GetProperty("covers");
        var holidays = root.GetProperty("holidays").EnumerateArray()
            .Select(h => new Holiday(
                DateOnly.ParseExact(h.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                h.GetProperty("th").GetString()!,
                h.GetProperty("en").GetString()!))
            .OrderBy(h => h.Date)
            .ToList();
        return new HolidayData(holidays, covers.GetProperty("from").GetInt32(), covers.GetProperty("to").GetInt32());
    }
}
