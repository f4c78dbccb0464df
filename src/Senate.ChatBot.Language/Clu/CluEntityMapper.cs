using System.Globalization;
using System.Text.Json;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Entities.Committees;

namespace Senate.ChatBot.Language.Clu;

/// <summary>
/// Turns CLU entities into ours. Dates use CLU's resolutions when it gives them; a committee its list key;
/// otherwise the entity's text goes through our own extractors, so both recognizers agree on meaning.
/// Offsets stay CLU's (UTF-16 code units, as requested).
/// </summary>
internal sealed class CluEntityMapper(EntityExtractor extractor, ICommitteeNameSource committees)
{
    public IEnumerable<Entity> Map(IEnumerable<CluEntity> entities)
    {
        foreach (var entity in entities)
        {
            if ((FromResolution(entity) ?? FromListKey(entity)) is { } resolved)
            {
                yield return resolved;
                continue;
            }

            var type = Normalize(entity.Category);
            var anyDate = type.StartsWith("date", StringComparison.Ordinal);
            foreach (var found in extractor.Extract(entity.Text).Where(e => Normalize(e.Type) == type || (anyDate && e.Type.StartsWith("date", StringComparison.Ordinal))))
            {
                yield return found with { Offset = entity.Offset + found.Offset };
            }
        }
    }

    private static Entity? FromResolution(CluEntity entity)
    {
        foreach (var resolution in entity.Resolutions ?? [])
        {
            switch (Property(resolution, "resolutionKind"))
            {
                case "DateTimeResolution" when Date(Property(resolution, "value")) is { } date:
                    return new DateEntity(entity.Text, entity.Offset, entity.Length, date);

                // CLU's spans end on the day after the last one ("(2026-11-30,2026-12-07,P7D)" is one week).
                case "TemporalSpanResolution" when Date(Property(resolution, "begin")) is { } begin && Date(Property(resolution, "end")) is { } end:
                    return new DateRangeEntity(entity.Text, entity.Offset, entity.Length, begin, end > begin ? end.AddDays(-1) : end);
            }
        }

        return null;
    }

    private CommitteeEntity? FromListKey(CluEntity entity)
    {
        var key = (entity.ExtraInformation ?? []).Select(e => Property(e, "key")).FirstOrDefault(k => k is not null);
        var committee = key is null ? null : committees.Committees.FirstOrDefault(c => string.Equals(c.Id, key, StringComparison.OrdinalIgnoreCase));
        return committee is null ? null : new CommitteeEntity(entity.Text, entity.Offset, entity.Length, committee, 1.0);
    }

    private static string? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static DateOnly? Date(string? value) =>
        value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? DateOnly.FromDateTime(parsed) : null;

    // "complaintReference", "complaint.reference" and "Complaint_Reference" name one type.
    private static string Normalize(string category) =>
        new([.. category.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
}
