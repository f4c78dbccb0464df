using System.Text.Json;
using Polly.Timeout;
using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Host.Attachments;
using Senate.ChatBot.Host.Channels.Line.Api;

namespace Senate.ChatBot.Host.Channels.Line.Turns;

/// <summary>
/// Takes the photo, video, audio or file of a one-to-one message from LINE into our attachment store,
/// under the same size limit as Web Chat uploads. Content LINE cannot give (expired, removed, LINE
/// failing after the client's retries) or that is too large gets an answer instead, never a retry loop:
/// the person can simply send it again.
/// </summary>
internal sealed class LineMedia(LineMessagingClient client, AttachmentStore attachments, UploadLimit limit, ILogger<LineMedia> logger)
{
    private const string CannotFetch =
        "ขออภัยค่ะ ระบบรับไฟล์นี้จาก LINE ไม่สำเร็จ กรุณาส่งใหม่อีกครั้ง (Sorry, I could not receive that file from LINE. Please send it again.)";

    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal) { "image", "video", "audio", "file" };

    /// <summary>The stored file, or null after putting the reason it was not stored into the turn's answer.</summary>
    public async Task<StoredAttachment?> StoreAsync(JsonElement message, LineTurn turn, CancellationToken cancellationToken)
    {
        var type = LineEventHandler.Read(message, "type") ?? "";
        var messageId = LineEventHandler.Read(message, "id");
        // Content another service hosts (contentProvider "external") is not LINE's to give us; files have no provider.
        var provider = LineEventHandler.Read(LineEventHandler.Child(message, "contentProvider"), "type") ?? "line";
        if (messageId is null || provider != "line")
        {
            return Refuse(turn, type, "not from LINE", CannotFetch);
        }

        if (LineEventHandler.Child(message, "fileSize") is { ValueKind: JsonValueKind.Number } size && (!size.TryGetInt64(out var bytes) || !limit.Allows(bytes)))
        {
            return Refuse(turn, type, "too large", TooLarge());
        }

        LineContent? content;
        try
        {
            content = await client.GetContentAsync(messageId, limit.MaxBytes, cancellationToken);
        }
        catch (Exception e) when (e is LineApiException or HttpRequestException or TimeoutRejectedException or IOException)
        {
            LineLog.MediaUnavailable(logger, type, (e as LineApiException)?.Status ?? 0, e.GetType().Name);
            turn.Say(CannotFetch);
            return null;
        }

        if (content is null)
        {
            return Refuse(turn, type, "too large", TooLarge());
        }

        var contentType = content.ContentType ?? "application/octet-stream";
        var stored = await attachments.SaveAsync(LineEventHandler.Read(message, "fileName") ?? NameFor(type, contentType), contentType, content.Bytes, LineAdapter.ChannelId, cancellationToken);
        LineLog.MediaStored(logger, type, stored.Length);
        return stored;
    }

    private string TooLarge() =>
        $"ขออภัยค่ะ ไฟล์ใหญ่เกินไป รับได้ไม่เกิน {limit.Megabytes} ต่อไฟล์ กรุณาย่อขนาดแล้วส่งใหม่ " +
        $"(Sorry, that file is too large: at most {limit.Megabytes} per file. Please send a smaller one.)";

    private StoredAttachment? Refuse(LineTurn turn, string type, string reason, string answer)
    {
        LineLog.MediaRefused(logger, type, reason);
        turn.Say(answer);
        return null;
    }

    // LINE sends photos, videos and voice messages without a name; the desk still needs one with a sensible extension.
    private static string NameFor(string type, string contentType) => "line-" + type + contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/gif" => ".gif",
        "video/mp4" => ".mp4",
        "audio/m4a" or "audio/x-m4a" or "audio/mp4" => ".m4a",
        _ => "",
    };
}
