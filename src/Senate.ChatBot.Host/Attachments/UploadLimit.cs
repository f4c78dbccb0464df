using System.Globalization;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Host.Channels.DirectLine;

namespace Senate.ChatBot.Host.Attachments;

/// <summary>
/// How large the files a person sends may be, whichever channel brings them. The setting is Web Chat's
/// (DirectLine__MaxUploadBytes, where it began) so one value keeps both channels refusing the same files.
/// Every type is accepted: files are only ever served as downloads or inline pictures (see AttachmentEndpoints).
/// </summary>
internal sealed class UploadLimit(IOptions<DirectLineOptions> options)
{
    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <summary>The limit for people: "4 MB", or "1.5 MB" for a limit that is not whole megabytes.</summary>
    public string Megabytes => (MaxBytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    public bool Allows(long length) => length <= MaxBytes;
}
