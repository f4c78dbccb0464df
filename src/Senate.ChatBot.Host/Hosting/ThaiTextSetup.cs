using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Senate.ChatBot.Host.Hosting;

internal static class ThaiTextSetup
{
    /// <summary>
    /// Pages and JSON carry Thai as UTF-8 text rather than numeric escapes: a third of the size, and
    /// readable in page source and logs of proxies. Characters that are special in HTML stay escaped.
    /// </summary>
    public static WebApplicationBuilder AddThaiText(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        return builder;
    }
}
