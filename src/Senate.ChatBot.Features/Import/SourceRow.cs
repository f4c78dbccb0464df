using System.Globalization;
using System.Text.RegularExpressions;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Import;

/// <summary>One record of an import file as named text fields (names are case-insensitive), with typed readers that explain bad values.</summary>
public sealed partial record SourceRow(int Number, IReadOnlyDictionary<string, string> Fields)
{
    public string? Text(string name) =>
        Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string Required(string name) => Text(name) ?? throw new ImportRowException($"'{name}' is missing");

    /// <summary>A list written with ";" between items (JSON arrays arrive the same way).</summary>
    public IReadOnlyList<string> List(string name) =>
        Text(name)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>ISO 8601; a time without an offset is Bangkok time.</summary>
    public DateTimeOffset Instant(string name)
    {
        var value = Required(name);
        if (HasOffset().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? BangkokTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local))
            : throw new ImportRowException($"'{name}' is not a date and time (use 2026-11-26T09:30)");
    }

    public DateOnly Date(string name) =>
        DateOnly.TryParseExact(Required(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ImportRowException($"'{name}' is not a date (use 2026-11-26)");

    public bool Flag(string name, bool missing) => Text(name)?.ToLowerInvariant() switch
    {
        null => missing,
        "true" or "yes" or "1" or "public" or "เปิดเผย" or "ใช่" => true,
        "false" or "no" or "0" or "closed" or "private" or "confidential" or "ลับ" or "ไม่ใช่" => false,
        _ => throw new ImportRowException($"'{name}' must be true or false"),
    };

    public TEnum Choice<TEnum>(string name, TEnum missing)
        where TEnum : struct, Enum =>
        Text(name) is not { } value ? missing
        : Enum.TryParse<TEnum>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new ImportRowException($"'{name}' must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
