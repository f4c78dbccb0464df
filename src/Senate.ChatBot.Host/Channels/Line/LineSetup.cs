using System.Security.Cryptography;

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
        return builder;
    }
}
