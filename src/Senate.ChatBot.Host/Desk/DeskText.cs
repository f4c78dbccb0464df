namespace Senate.ChatBot.Host.Desk;

/// <summary>
/// The desk's words in Thai (the default) and English. The choice is a cookie set by the language
/// toggle, so it follows the officer from page to page.
/// </summary>
internal sealed class DeskText(bool english)
{
    public const string Cookie = "desk-lang";

    public bool English { get; } = english;

    public string Lang => English ? "en" : "th";

    public string this[string key] => DeskWords.All.TryGetValue(key, out var w) ? (English ? w.English : w.Thai) : key;

    public static DeskText For(HttpContext http) =>
        new(string.Equals(http?.Request.Cookies[Cookie], "en", StringComparison.Ordinal));
}
