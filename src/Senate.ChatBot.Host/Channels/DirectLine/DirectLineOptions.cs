using System.ComponentModel.DataAnnotations;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>Settings of our Direct Line 3.0 endpoint for the website's Web Chat widget.</summary>
internal sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Signs tokens and authorises server-side token generation; from the environment only.</summary>
    [MinLength(32)]
    public string? Secret { get; set; }

    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>How long a conversation's activities stay readable for reconnects (watermark replays).</summary>
    [Range(60, 30 * 86_400)]
    public int ActivityRetentionSeconds { get; set; } = 86_400;

    /// <summary>An empty frame this often keeps proxies from closing an idle stream.</summary>
    [Range(1, 300)]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>All files of one upload together (photos of a complaint, a scanned letter).</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    [Range(1, 1000)]
    public int TokenRequestsPerMinute { get; set; } = 10;

    public TimeSpan TokenLifetime => TimeSpan.FromSeconds(TokenLifetimeSeconds);

    public TimeSpan ActivityRetention => TimeSpan.FromSeconds(ActivityRetentionSeconds);
}
