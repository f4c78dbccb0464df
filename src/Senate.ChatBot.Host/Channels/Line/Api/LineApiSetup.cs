using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Senate.ChatBot.Host.Channels.Line.Api;

internal static class LineApiSetup
{
    /// <summary>The typed LINE client: base address and token from settings, retries on 429 and 5xx only, honouring Retry-After.</summary>
    public static IServiceCollection AddLineApi(this IServiceCollection services)
    {
        services.AddHttpClient<LineMessagingClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<LineOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ChannelAccessToken);
            })
            .AddResilienceHandler("line", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LineOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                    {
                        { Exception: HttpRequestException or TimeoutRejectedException } => true,
                        { Result: { } response } => (int)response.StatusCode is 429 or >= 500,
                        _ => false,
                    }),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        return services;
    }
}
