using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Senate.ChatBot.Host.Hosting;

internal static class TelemetrySetup
{
    /// <summary>Our own activity sources and meters all start with this name.</summary>
    public const string SourcePrefix = "Senate.ChatBot";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("senate-chatbot"))
            .WithTracing(t => t
                .AddSource($"{SourcePrefix}.*", "Marten")
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
                    // Paths can hold conversation ids: record the route template instead.
                    o.EnrichWithHttpResponse = (activity, response) =>
                    {
                        if (response.HttpContext.GetEndpoint() is RouteEndpoint endpoint)
                        {
                            activity.SetTag("url.path", endpoint.RoutePattern.RawText);
                        }
                    };
                })
                .AddHttpClientInstrumentation())
            .WithMetrics(m => m
                .AddMeter($"{SourcePrefix}.*", "Marten")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("System.Runtime"));

        // The exporter is only switched on when an operator points it at a collector.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
