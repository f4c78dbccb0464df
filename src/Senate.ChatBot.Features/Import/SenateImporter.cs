using System.Text.Json;
using Marten;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Meetings.Notices;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Features.Import;

/// <summary>
/// Imports committees, members, meetings and bookshelf items. Documents are keyed by the id in the
/// file, so a second import updates instead of duplicating; a row that repeats an earlier id, or that
/// cannot be read, is reported with its number while the valid rows are saved. A meeting that is new
/// or changed plans its member notices in the same transaction.
/// </summary>
public sealed class SenateImporter(IDocumentStore store, CommitteeDirectory directory, MeetingNotices notices)
{
    public async Task<ImportReport> ImportAsync(ImportKind kind, ImportFormat format, Stream content, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<SourceRow> rows;
        try
        {
            rows = format == ImportFormat.ICalendar && kind != ImportKind.Meetings
                ? throw new FormatException("An iCalendar feed holds meetings only.")
                : await RowReaders.ReadAsync(format, content, cancellationToken);
        }
        catch (FormatException e)
        {
            return new ImportReport(kind, 0, 0, 0, [new ImportProblem(0, e.Message)]);
        }

        var bodies = await directory.AllAsync(cancellationToken);
        var report = kind switch
        {
            ImportKind.Committees => await SaveAsync(kind, rows, RowMappers.Committee, c => c.Id, (_, c) => c, null, cancellationToken),
            ImportKind.Members => await SaveAsync(kind, rows, RowMappers.Member, m => m.Id, KeepHistory, null, cancellationToken),
            ImportKind.Meetings => await SaveAsync(kind, rows, r => RowMappers.Meeting(r, bodies), m => m.Id, (_, m) => m, notices.PlanAsync, cancellationToken),
            _ => await SaveAsync(kind, rows, r => RowMappers.Item(r, bodies), i => i.Id, (_, i) => i, null, cancellationToken),
        };
        if (kind == ImportKind.Committees)
        {
            directory.Invalidate();
        }

        return report;
    }

    // A member file carries the profile; attendance, payments and requests come from other systems and stay.
    private static MemberRecord KeepHistory(MemberRecord? before, MemberRecord after) => before is null ? after : after with
    {
        Attendance = before.Attendance,
        Allowances = before.Allowances,
        DocumentRequests = before.DocumentRequests,
    };

    private async Task<ImportReport> SaveAsync<T>(
        ImportKind kind,
        IReadOnlyList<SourceRow> rows,
        Func<SourceRow, T> map,
        Func<T, string> idOf,
        Func<T?, T, T> merge,
        Func<IDocumentSession, T?, T, CancellationToken, Task>? onChange,
        CancellationToken cancellationToken)
        where T : class
    {
        var problems = new List<ImportProblem>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = new List<T>();
        foreach (var row in rows)
        {
            try
            {
                var document = map(row);
                if (firstRowOf.TryGetValue(idOf(document), out var first))
                {
                    problems.Add(new ImportProblem(row.Number, $"id '{idOf(document)}' repeats row {first}; this row was skipped"));
                    continue;
                }

                firstRowOf[idOf(document)] = row.Number;
                valid.Add(document);
            }
            catch (ImportRowException e)
            {
                problems.Add(new ImportProblem(row.Number, e.Message));
            }
        }

        await using var session = store.LightweightSession();
        var existing = (await session.LoadManyAsync<T>(cancellationToken, [.. valid.Select(idOf)])).ToDictionary(idOf, StringComparer.Ordinal);
        var (added, updated, unchanged) = (0, 0, 0);
        foreach (var incoming in valid)
        {
            var before = existing.GetValueOrDefault(idOf(incoming));
            var after = merge(before, incoming);
            if (before is not null && JsonSerializer.Serialize(before) == JsonSerializer.Serialize(after))
            {
                unchanged++;
                continue;
            }

            _ = before is null ? added++ : updated++;
            session.Store(after);
            if (onChange is not null)
            {
                await onChange(session, before, after, cancellationToken);
            }
        }

        await session.SaveChangesAsync(cancellationToken);
        return new ImportReport(kind, added, updated, unchanged, problems);
    }
}
