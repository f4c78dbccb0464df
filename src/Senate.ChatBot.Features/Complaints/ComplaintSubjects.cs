namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// The subject areas the bot offers. A complaint stores the key, so statistics do not depend on
/// wording; people (the complainant, the desk, staff notices) see the name. A subject typed by the
/// desk for a phone or letter complaint has no key and is shown as written.
/// </summary>
public static class ComplaintSubjects
{
    public const string Other = "other";

    public static IReadOnlyList<(string Key, string Thai, string English)> All { get; } =
    [
        ("meetings", "การประชุมและกฎหมาย", "Meetings and laws"),
        ("senators", "สมาชิกวุฒิสภา", "Senators"),
        ("services", "บริการและเจ้าหน้าที่", "Services and staff"),
        ("premises", "อาคารและการเข้าชม", "Buildings and visits"),
        ("online", "เว็บไซต์และแชต", "Website and chat"),
        (Other, "เรื่องอื่น ๆ", "Something else"),
    ];

    public static string Name(string subject, bool english = false)
    {
        var found = All.FirstOrDefault(s => s.Key == subject);
        return found.Key is null ? subject : english ? found.English : found.Thai;
    }
}
