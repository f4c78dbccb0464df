namespace Senate.ChatBot.Features.Complaints;

/// <summary>Settings of the complaint register (section "Complaints").</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>How long after a complaint is resolved its personal data is kept (1–120); the privacy notice states it.</summary>
    public int RetentionMonths { get; set; } = 24;

    /// <summary>How long a file sent but never filed with a complaint is kept (1–90 days); as long as an unfinished complaint can wait.</summary>
    public int UnfiledAttachmentDays { get; set; } = 7;

    /// <summary>The longest the clock sleeps without looking (1–1440), in case another host moved a deadline.</summary>
    public int ClockMaxSleepMinutes { get; set; } = 60;
}
