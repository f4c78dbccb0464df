using System.Globalization;
using System.Security.Cryptography;

namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// Reference numbers such as <c>CMP-2569-000123-K7</c>: "CMP", the Buddhist-era year of receipt,
/// six random digits and two random characters. Readable over the phone (fixed shape, no letters
/// that look like digits: no O, I, L, S, Z, B, G) and unguessable: about 5.8 × 10⁸ numbers a year
/// for a few thousand complaints, so a blind guess hits one in ~100,000 tries, and lookups are
/// rate limited. A number alone shows only status, due date and public reply, never personal data.
/// Free text is searched for references by the language layer (ComplaintReferenceRecognizer).
/// </summary>
public static class ComplaintReference
{
    public const string Prefix = "CMP";
    public const string Alphabet = "ACDEFHJKMNPRTUVWXY345679";

    public static string New(int buddhistYear) => Format(
        buddhistYear,
        RandomNumberGenerator.GetInt32(0, 1_000_000),
        RandomNumberGenerator.GetString(Alphabet, 2));

    public static string Format(int buddhistYear, int number, string suffix) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{buddhistYear:0000}-{number:000000}-{suffix}");
}
