using Senate.ChatBot.Language.Entities.Committees;

namespace Senate.ChatBot.Language.Entities;

/// <summary>
/// Something recognized in an utterance: its type, the text as written, where it is (UTF-16 offset and
/// length in the original text, as CLU reports with stringIndexType Utf16CodeUnit) and what it means.
/// </summary>
public abstract record Entity(string Type, string Text, int Offset, int Length);

/// <summary>The entity type names, shared by the embedded recognizer, the CLU project and the command line.</summary>
public static class EntityTypes
{
    public const string Date = "date";
    public const string DateRange = "daterange";
    public const string Committee = "committee";
    public const string ComplaintReference = "complaint.reference";
    public const string MemberNumber = "member.number";
}

public sealed record DateEntity(string Text, int Offset, int Length, DateOnly Date)
    : Entity(EntityTypes.Date, Text, Offset, Length);

/// <summary>A span of days, both ends included (a week is Monday to Sunday).</summary>
public sealed record DateRangeEntity(string Text, int Offset, int Length, DateOnly Start, DateOnly End)
    : Entity(EntityTypes.DateRange, Text, Offset, Length);

/// <summary>A committee named in the text, matched loosely; <paramref name="Similarity"/> is 0..1.</summary>
public sealed record CommitteeEntity(string Text, int Offset, int Length, CommitteeName Committee, double Similarity)
    : Entity(EntityTypes.Committee, Text, Offset, Length);

/// <summary>A complaint reference in its canonical form, e.g. CMP-2569-000123-K7.</summary>
public sealed record ComplaintReferenceEntity(string Text, int Offset, int Length, string Reference)
    : Entity(EntityTypes.ComplaintReference, Text, Offset, Length);

public sealed record MemberNumberEntity(string Text, int Offset, int Length, int Number)
    : Entity(EntityTypes.MemberNumber, Text, Offset, Length);
