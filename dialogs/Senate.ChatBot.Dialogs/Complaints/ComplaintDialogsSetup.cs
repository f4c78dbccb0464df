using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Dialogs.ComplaintStatus;
using Senate.ChatBot.Dialogs.Main;

namespace Senate.ChatBot.Dialogs.Complaints;

public static class ComplaintDialogsSetup
{
    /// <summary>Filing a complaint and looking one up.</summary>
    public static IServiceCollection AddComplaintDialogs(this IServiceCollection services)
    {
        services.AddSingleton<ITopicDialog, ComplaintDialog>();
        services.AddSingleton<ITopicDialog, ComplaintStatusDialog>();
        services.AddSingleton<LookupLimiter>();
        return services;
    }
}
