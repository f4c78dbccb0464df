namespace Senate.ChatBot.Language.Entities.Dates;

/// <summary>A date or a range of dates found at a place in the text.</summary>
internal readonly record struct DateSpan(int Offset, int Length, DateOnly First, DateOnly Last, bool IsRange)
{
    public int End => Offset + Length;

    public static DateSpan Day(int offset, int length, DateOnly date) => new(offset, length, date, date, false);

    public static DateSpan Range(int offset, int length, (DateOnly Start, DateOnly End) range) =>
        new(offset, length, range.Start, range.End, true);

    public bool Overlaps(DateSpan other) => Offset < other.End && other.Offset < End;
}
