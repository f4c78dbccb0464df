using System.Text.Json.Serialization;

namespace Senate.ChatBot.Features.Import;

[JsonConverter(typeof(JsonStringEnumConverter<ImportKind>))]
public enum ImportKind
{
    Committees,
    Members,
    Meetings,
    Bookshelf,
}

public enum ImportFormat
{
    Json,
    Csv,

    /// <summary>An iCalendar (.ics) feed; meetings only.</summary>
    ICalendar,
}

/// <summary>A row that could not be imported: its number (CSV: the line, header is line 1; JSON and .ics: the item, from 1) and why.</summary>
public sealed record ImportProblem(int Row, string Message);

/// <summary>What an import did. Valid rows are saved even when other rows have problems.</summary>
public sealed record ImportReport(ImportKind Kind, int Added, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems);

/// <summary>Thrown by a row mapper for a row it cannot use; the message names the field.</summary>
public sealed class ImportRowException(string message) : Exception(message);
