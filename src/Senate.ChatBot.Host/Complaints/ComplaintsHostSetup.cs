namespace Senate.ChatBot.Host.Complaints;

internal static class ComplaintsHostSetup
{
    /// <summary>The complaint clock, delivery of complaint notifications to LINE and Web Chat, and the retention job.</summary>
    public static WebApplicationBuilder AddComplaintWork(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ComplaintClockService>();
        builder.Services.AddHostedService<ComplaintDeliveryService>();
        builder.Services.AddHostedService<ComplaintRetentionService>();
        return builder;
    }
}
