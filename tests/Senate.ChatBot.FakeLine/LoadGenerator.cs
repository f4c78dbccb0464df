using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Senate.ChatBot.FakeLine;

/// <summary>Webhook acknowledgement times of a load run, in milliseconds.</summary>
public sealed record LoadResult(int Requests, int Failures, double P50, double P95, double P99, double Max)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"requests={Requests} failures={Failures} p50={P50:0.0}ms p95={P95:0.0}ms p99={P99:0.0}ms max={Max:0.0}ms");
}

/// <summary>
/// Sends signed webhook requests (one text event each, from a pool of users) to a bot and measures
/// how long it takes to answer. Bounded in count; meant for loopback addresses only.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(Uri webhook, string channelSecret, int requests, int concurrency, int users = 50)
    {
        if (!webhook.IsLoopback)
        {
            throw new ArgumentException("The load generator only targets this machine.", nameof(webhook));
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var userIds = Enumerable.Range(0, users).Select(_ => LineEvents.NewUserId()).ToArray();
        var times = new double[requests];
        var failures = 0;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                var user = userIds[i % users];
                var body = Encoding.UTF8.GetBytes(new JsonObject
                {
                    ["destination"] = FakeLinePlatform.Destination,
                    ["events"] = new JsonArray(LineEvents.Text(LineEvents.UserSource(user), "ตารางประชุม", null, DateTimeOffset.UtcNow)),
                }.ToJsonString());
                using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(LineSigner.Header, LineSigner.Sign(channelSecret, body));
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }

                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));

        Array.Sort(times);
        double At(double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
        return new LoadResult(requests, failures, At(0.50), At(0.95), At(0.99), times[^1]);
    }
}
