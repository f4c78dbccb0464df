using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Channels.DirectLine;

/// <summary>Reads a posted activity with a size limit, answering bad input with ProblemDetails instead of failing.</summary>
internal static class ActivityReader
{
    public static async Task<(Activity? Activity, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge($"An activity may be at most {maxBytes / 1024} KB; send files through the upload address."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, Problems.TooLarge($"An activity may be at most {maxBytes / 1024} KB; send files through the upload address."));
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static (Activity? Activity, ProblemHttpResult? Problem) Parse(ReadOnlySpan<byte> json)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options);
        }
        catch (JsonException)
        {
            return (null, Problems.BadRequest("The body is not a valid activity in JSON."));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, Problems.BadRequest("The activity has no type."));
        }

        return (activity, null);
    }
}
