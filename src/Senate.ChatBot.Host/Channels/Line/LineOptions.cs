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
}
