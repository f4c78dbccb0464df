namespace Senate.ChatBot.Host.Channels.Line.Api;

/// <summary>LINE answered with an error after the resilience retries; <see cref="Status"/> is its HTTP status.</summary>
internal sealed class LineApiException(int status, string operation)
    : Exception($"LINE {operation} failed with HTTP {status}.")
{
    public int Status { get; } = status;

    /// <summary>Worth trying again later (rate limit, LINE-side failure); other statuses mean the request itself is wrong.</summary>
    public bool IsTransient => Status is 429 or >= 500;
}
