using System.Text.RegularExpressions;

namespace Senate.ChatBot.Testing;

/// <summary>What a client of the desk pages (a test browser, the benchmark) reads out of a form.</summary>
public static partial class DeskForms
{
    /// <summary>The antiforgery token of the page's first form, to send back with a post.</summary>
    public static string AntiforgeryToken(string html) => Token().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
