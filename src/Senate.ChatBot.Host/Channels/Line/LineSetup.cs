using System.Security.Cryptography;
using Marten;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Host.Channels.Line.AccountLink;
using Senate.ChatBot.Host.Channels.Line.Api;
using Senate.ChatBot.Host.Channels.Line.Inbox;
using Senate.ChatBot.Host.Channels.Line.Outbox;
using Senate.ChatBot.Host.Channels.Line.RichMenus;
using Senate.ChatBot.Host.Channels.Line.Turns;
using Senate.ChatBot.Host.Channels.Line.Webhook;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Channels.Line;

internal static class LineSetup
{
    public static WebApplicationBuilder AddLineChannel(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<LineOptions>()
            .BindConfiguration(LineOptions.Section)
            .PostConfigure(o =>
            {
                // A developer without LINE credentials still gets a working (fake-LINE only) channel.
                if (development)
                {
                    o.ChannelSecret ??= RandomNumberGenerator.GetHexString(32, lowercase: true);
                    o.ChannelAccessToken ??= RandomNumberGenerator.GetHexString(64, lowercase: true);
                }
            })
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.ChannelSecret), "The setting Line__ChannelSecret is missing.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ChannelAccessToken), "The setting Line__ChannelAccessToken is missing.")
            .ValidateOnStart();

        var services = builder.Services;
        services.AddLineApi();
        services.AddMemberLinking();
        services.ConfigureMarten(o =>
        {
            o.Schema.For<LineFriend>();
            o.Schema.For<LineRichMenuSet>();
        });
        services.AddSingleton<LineDatabase>();
        services.AddSingleton<LineInbox>();
        services.AddSingleton<LineInboxWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<LineInboxWriter>());
        services.AddSingleton<LineOutbox>();
        services.AddSingleton<LinkNonces>();
        services.AddSingleton<LineFriends>();
        services.AddSingleton<LineRichMenus>();
        services.AddSingleton<LineMessenger>();
        services.AddSingleton<LineAdapter>();
        services.AddSingleton<LineAccountLinking>();
        services.AddSingleton<LineStaffLinking>();
        services.AddSingleton<LineMedia>();
        services.AddSingleton<LineEventHandler>();
        services.AddSingleton<LineInboxProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<LineInboxProcessor>());
        services.AddHostedService<LineOutboxProcessor>();

        services.AddAntiforgery();
        // Guessing enrolment codes is slow by design: a few tries a minute per address (codes also burn after 5 misses).
        services.AddRateLimiter(limiter => limiter.AddPerClientPolicy(LinkPageEndpoints.RateLimit, _ => 10));
        return builder;
    }

    public static WebApplication MapLine(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapLineWebhook();
        app.MapLinkPage();
        return app;
    }
}
