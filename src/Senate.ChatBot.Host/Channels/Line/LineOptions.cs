using System.ComponentModel.DataAnnotations;

namespace Senate.ChatBot.Host.Channels.Line;

/// <summary>Settings of the LINE official account; the secrets come only from the environment.</summary>
internal sealed class LineOptions
{
    public const string Section = "Line";

    public string? ChannelSecret { get; set; }

    public string? ChannelAccessToken { get; set; }

    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://api.line.me";

    [Required, Url]
    public string DataApiBaseUrl { get; set; } = "https://api-data.line.me";

    /// <summary>LINE's account-link page; the member's browser is sent there with the link token and our nonce.</summary>
    [Required, Url]
    public string AccountLinkUrl { get; set; } = "https://access.line.me/dialog/bot/accountLink";

    /// <summary>Our own public address, for links in messages (the account-link login page); empty = the request's host.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>A reply token lives about a minute; a turn older than this answers by push instead.</summary>
    [Range(1, 60)]
    public int ReplyTokenSafeSeconds { get; set; } = 50;

    /// <summary>First retry delay of a LINE call after a 429 or 5xx (doubles each time, with jitter).</summary>
    [Range(1, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    [Range(1, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>Off only in tests that store events without handling them (a host that dies before processing).</summary>
    public bool ProcessEvents { get; set; } = true;

    /// <summary>How often each host looks for stored work besides being woken by its own webhook.</summary>
    [Range(50, 60_000)]
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>A host that dies mid-event holds it this long before another host takes it over.</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>An event failing this many times is set aside so the person's later events go on.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(1, 256)]
    public int MaxConcurrentSources { get; set; } = 16;

    public TimeSpan ReplyTokenSafeAge => TimeSpan.FromSeconds(ReplyTokenSafeSeconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
