namespace Senate.ChatBot.BotBuilder.Recognizers;

/// <summary>Thai and English month names and abbreviations (ม.ค. ... ธ.ค., with or without dots).</summary>
internal static class MonthNames
{
    // Not followed by a letter, so "dec" in "decide" is no month.
    public const string English =
        "(?:january|february|march|april|may|june|july|august|september|october|november|december" +
        "|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?![a-z])";

    // Full names first so an abbreviation never matches the start of a full name.
    public const string Pattern =
        "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม" +
        @"|มี\.?\s?ค\.?|เม\.?\s?ย\.?|มิ\.?\s?ย\.?|ม\.?\s?ค\.?|ก\.?\s?พ\.?|พ\.?\s?ค\.?|ก\.?\s?ค\.?|ส\.?\s?ค\.?|ก\.?\s?ย\.?|ต\.?\s?ค\.?|พ\.?\s?ย\.?|ธ\.?\s?ค\.?" +
        "|" + English;

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["มกราคม"] = 1, ["กุมภาพันธ์"] = 2, ["มีนาคม"] = 3, ["เมษายน"] = 4, ["พฤษภาคม"] = 5, ["มิถุนายน"] = 6,
        ["กรกฎาคม"] = 7, ["สิงหาคม"] = 8, ["กันยายน"] = 9, ["ตุลาคม"] = 10, ["พฤศจิกายน"] = 11, ["ธันวาคม"] = 12,
        ["มค"] = 1, ["กพ"] = 2, ["มีค"] = 3, ["เมย"] = 4, ["พค"] = 5, ["มิย"] = 6,
        ["กค"] = 7, ["สค"] = 8, ["กย"] = 9, ["ตค"] = 10, ["พย"] = 11, ["ธค"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7,
        ["aug"] = 8, ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    /// <summary>The month number for a matched name; 0 when unknown.</summary>
    public static int Lookup(string matched) =>
        Months.GetValueOrDefault(matched.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
}
