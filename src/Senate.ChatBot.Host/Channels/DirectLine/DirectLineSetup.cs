using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Host.Attachments;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Channels.DirectLine;

internal static class DirectLineSetup
{
    public const string CorsPolicy = "website";
    public const string TokenRateLimit = "webchat-token";

    /// <summary>An activity is text plus a few cards; attachments go through the upload address.</summary>
    public const long MaxActivityBytes = 256 * 1024;

    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .PostConfigure(o =>
            {
                if (development)
                {
                    o.Secret ??= RandomNumberGenerator.GetHexString(64, lowercase: true);
                }
            })
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.Secret), "The setting DirectLine__Secret is missing (at least 32 characters).")
            .ValidateOnStart();

        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineConversationStore>();
        builder.Services.AddSingleton<DirectLineFanOut>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DirectLineFanOut>());
        builder.Services.AddSingleton<DirectLineStream>();
        builder.Services.AddSingleton<DirectLineAdapter>();
        // Web Chat's upload setting also limits LINE's files, so the limit lives with the setting.
        builder.Services.AddSingleton<UploadLimit>();

        // Pages of the Senate website on other origins may embed the widget; the host's own pages need no CORS.
        var origins = builder.Configuration.GetSection("DirectLine:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()));

        builder.Services.AddRateLimiter(limiter => limiter.AddPerClientPolicy(TokenRateLimit,
            http => http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokenRequestsPerMinute));
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.MapDirectLineApi();
        app.MapWebsiteToken();
        return app;
    }
}
