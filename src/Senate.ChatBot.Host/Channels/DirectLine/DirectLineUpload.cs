using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
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
        DirectLineAdapter adapter, AttachmentStore attachments, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (await DirectLineEndpoints.AuthorizeAsync(http, conversationId, tokens, store) is { } problem)
        {
            return problem;
        }

        var limit = options.Value.MaxUploadBytes;
        if (http.Request.ContentLength is null or 0 || http.Request.ContentLength > limit || !http.Request.HasFormContentType)
        {
            return http.Request.ContentLength > limit
                ? Problems.TooLarge($"Files may be at most {limit / (1024 * 1024)} MB in total.")
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
