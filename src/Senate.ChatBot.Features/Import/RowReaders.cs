using System.Globalization;
using System.Text.Json;
using Sylvan.Data.Csv;

namespace Senate.ChatBot.Features.Import;

/// <summary>Turns a JSON array, a CSV file with a header line or an iCalendar feed into <see cref="SourceRow"/>s.</summary>
public static class RowReaders
{
    /// <exception cref="FormatException">The file as a whole cannot be read.</exception>
    public static async Task<IReadOnlyList<SourceRow>> ReadAsync(ImportFormat format, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            return format switch
            {
                ImportFormat.Csv => await CsvAsync(content, cancellationToken),
                ImportFormat.Json => await JsonAsync(content, cancellationToken),
                ImportFormat.ICalendar => ICalendarFeed.Rows(await new StreamReader(content).ReadToEndAsync(cancellationToken)),
                _ => throw new FormatException("Unknown format."),
            };
        }
        catch (Exception e) when (e is JsonException or CsvFormatException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"The file could not be read as {format}: {e.Message}", e);
        }
    }

    private static async Task<IReadOnlyList<SourceRow>> CsvAsync(Stream content, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(content);
        await using var csv = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true }, cancellationToken);
        var rows = new List<SourceRow>();
        for (var line = 2; await csv.ReadAsync(cancellationToken); line++)
        {
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                fields[csv.GetName(i).Trim()] = i < csv.RowFieldCount ? csv.GetString(i) : "";
            }

            rows.Add(new SourceRow(line, fields));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<SourceRow>> JsonAsync(Stream content, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(content, cancellationToken: cancellationToken);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A JSON import is an array of objects.");
        }

        return [.. document.RootElement.EnumerateArray().Select((item, index) => new SourceRow(index + 1, Fields(item)))];
    }

    private static Dictionary<string, string> Fields(JsonElement item)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (item.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in item.EnumerateObject())
            {
                fields[property.Name] = Flat(property.Value);
            }
        }

        return fields;
    }

    private static string Flat(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(Flat)),
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
