using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Senate.ChatBot.Features.Import;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Import;

/// <summary>
/// <c>POST /api/import/{committees|members|meetings|bookshelf}?format={json|csv|ics}</c> with the file as
/// the body, for the Secretariat's data jobs. Off unless <c>Import__Key</c> is set; callers send that key
/// in <c>X-Import-Key</c>. The answer is the import report (counts and the rows that were refused).
/// </summary>
internal static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/import/{kind}", ImportAsync).WithTags("Import");
        return app;
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult, NotFound>> ImportAsync(
        string kind, string? format, HttpRequest request, IConfiguration configuration, SenateImporter importer, CancellationToken cancellationToken)
    {
        if (configuration["Import:Key"] is not { Length: > 0 } key)
        {
            return TypedResults.NotFound();
        }

        var given = request.Headers["X-Import-Key"].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
        {
            return Problems.Unauthorized("Send the import key in the X-Import-Key header.");
        }

        if (!Enum.TryParse<ImportKind>(kind, ignoreCase: true, out var what) || !Enum.IsDefined(what))
        {
            return Problems.BadRequest("Import committees, members, meetings or bookshelf.");
        }

        ImportFormat? how = format?.ToLowerInvariant() switch
        {
            "json" => ImportFormat.Json,
            "csv" => ImportFormat.Csv,
            "ics" or "ical" or "icalendar" => ImportFormat.ICalendar,
            _ => null,
        };
        return how is { } f
            ? TypedResults.Ok(await importer.ImportAsync(what, f, request.Body, cancellationToken))
            : Problems.BadRequest("Add ?format=json, csv or ics.");
    }
}
