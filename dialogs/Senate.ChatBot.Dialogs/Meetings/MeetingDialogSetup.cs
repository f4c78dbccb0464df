using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Language.Entities.Committees;

namespace Senate.ChatBot.Dialogs.Meetings;

public static class MeetingDialogSetup
{
    /// <summary>The schedule conversation, and the meeting data as the language model's source of committee names.</summary>
    public static IServiceCollection AddMeetingDialog(this IServiceCollection services)
    {
        services.AddSingleton<ViewerResolver>();
        services.AddSingleton<MeetingRequestReader>();
        services.AddSingleton<MeetingCards>();
        services.AddSingleton<MeetingAnswers>();
        services.AddSingleton<ICommitteeNameSource, MeetingCommitteeNames>();
        services.AddSingleton<ITopicDialog, MeetingScheduleDialog>();
        return services;
    }
}
