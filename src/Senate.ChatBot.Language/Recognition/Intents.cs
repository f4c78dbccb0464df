namespace Senate.ChatBot.Language.Recognition;

/// <summary>The intent ids every recognizer (embedded or CLU) answers with.</summary>
public static class Intents
{
    public const string MeetingSchedule = "meeting.schedule";
    public const string PersonalRecord = "personal.record";
    public const string BookshelfSearch = "bookshelf.search";
    public const string ComplaintFile = "complaint.file";
    public const string ComplaintStatus = "complaint.status";
    public const string AccountLink = "account.link";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string Human = "human";
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } =
        [MeetingSchedule, PersonalRecord, BookshelfSearch, ComplaintFile, ComplaintStatus, AccountLink, Help, Cancel, Greeting, Thanks, Human, None];
}
