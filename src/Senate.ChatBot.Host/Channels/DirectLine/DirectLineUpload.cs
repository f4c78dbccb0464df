using Microsoft.AspNetCore.Http.HttpResults;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Host.Attachments;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>
/// Direct Line's upload: a multipart form with the activity (part "activity",
/// application/vnd.microsoft.activity) and files. Files are stored and linked from the activity.
/// </summary>
internal static class DirectLineUpload
{
    public static async Task<Results<Ok<DirectLineEndpoints.ResourceId>, ProblemHttpResult>> PostAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversationStore store,
        DirectLineAdapter adapter, AttachmentStore attachments, UploadLimit limit, CancellationToken cancellationToken)
    {
        if (await DirectLineEndpoints.AuthorizeAsync(http, conversationId, tokens, store) is { } problem)
        {
            return problem;
        }

        var length = http.Request.ContentLength;
        if (length is null or 0 || !limit.Allows(length.Value) || !http.Request.HasFormContentType)
        {
            return length is { } tooLong && !limit.Allows(tooLong)
                ? Problems.TooLarge($"Files may be at most {limit.Megabytes} in total.")
                : Problems.BadRequest("Send the files as multipart/form-data.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var activity = new Activity { Type = ActivityTypes.Message };
        if (form.Files.GetFile("activity") is { } activityPart)
        {
            await using var json = activityPart.OpenReadStream();
            using var buffer = new MemoryStream();
            await json.CopyToAsync(buffer, cancellationToken);
            var (parsed, invalid) = ActivityReader.Parse(buffer.ToArray());
            if (parsed is null)
            {
                return invalid!;
            }

            activity = parsed;
        }

        var files = form.Files.Where(f => f.Name != "activity").ToList();
        if (files.Count == 0)
        {
            return Problems.BadRequest("The upload has no file.");
        }

        activity.Attachments = [];
        foreach (var file in files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var stored = await attachments.SaveAsync(file.FileName, file.ContentType, content.ToArray(), DirectLineChannel.Id, cancellationToken);
            activity.Attachments.Add(new Attachment(stored.ContentType)
            {
                ContentUrl = AttachmentEndpoints.UrlOf(http.Request, stored.Id),
                Name = stored.FileName,
            });
        }

        var id = await DirectLineEndpoints.ReceiveAsUserAsync(http, conversationId, activity, tokens, adapter, cancellationToken);
        return TypedResults.Ok(new DirectLineEndpoints.ResourceId(id));
    }
}
