namespace Senate.ChatBot.Features.Attachments;

/// <summary>
/// A file a person sent (a photo of a broken road, a scanned letter). Kept as bytes with the type
/// the sender claimed; it is only ever offered for download, never run or rendered as a page.
/// </summary>
public sealed record StoredAttachment(
    Guid Id,
    string FileName,
    string ContentType,
    long Length,
    string Sha256,
    byte[] Content,
    string Channel,
    DateTimeOffset ReceivedAt);

/// <summary>A stored file as a list shows it: no bytes.</summary>
public sealed record AttachmentInfo(Guid Id, string FileName, string ContentType, long Length)
{
    public bool IsImage => AttachmentStore.InlineTypes.Contains(ContentType);
}
