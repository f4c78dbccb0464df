using Microsoft.AspNetCore.Http.HttpResults;
using Senate.ChatBot.Features.Attachments;

namespace Senate.ChatBot.Host.Attachments;

/// <summary>
/// Serves stored files by their unguessable id. Pictures may show inline as thumbnails; anything
/// else is a download, and nothing is ever interpreted by the browser (nosniff, sandbox).
/// </summary>
internal static class AttachmentEndpoints
{
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/attachments/{id:guid}", GetAsync).WithTags("Attachments");
        return app;
    }

    public static string UrlOf(HttpRequest request, Guid id) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{PathOf(id)}";

    /// <summary>The host-relative link, for channels that store a file outside any request (LINE's background processing).</summary>
    public static string PathOf(Guid id) => $"/api/attachments/{id}";

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(
        Guid id, AttachmentStore attachments, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await attachments.FindAsync(id, cancellationToken) is not { } file)
        {
            return TypedResults.NotFound();
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        response.Headers.CacheControl = "private, max-age=3600";
        return AttachmentStore.InlineTypes.Contains(file.ContentType)
            ? TypedResults.File(file.Content, file.ContentType)
            : TypedResults.File(file.Content, "application/octet-stream", file.FileName);
    }
}
