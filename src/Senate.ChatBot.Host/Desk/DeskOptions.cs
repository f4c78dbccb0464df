using System.ComponentModel.DataAnnotations;

namespace Senate.ChatBot.Host.Desk;

/// <summary>Settings of the complaint desk's web UI and its sign-in.</summary>
internal sealed class DeskOptions
{
    public const string Section = "Desk";

    /// <summary>With <see cref="AdminPassword"/>: the first administrator, created once when no administrator exists.</summary>
    public string? AdminUser { get; set; }

    /// <summary>From the environment only; never a default in Production.</summary>
    public string? AdminPassword { get; set; }

    [Range(5, 480)]
    public int SessionMinutes { get; set; } = 30;

    [Range(3, 20)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    [Range(1, 100)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How often an open inbox asks for new complaints and escalations.</summary>
    [Range(1, 300)]
    public int InboxRefreshSeconds { get; set; } = 15;

    [Range(12, 128)]
    public int MinPasswordLength { get; set; } = 12;
}
