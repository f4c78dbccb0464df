using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Dialogs.Bookshelf;
using Senate.ChatBot.Dialogs.Complaints;
using Senate.ChatBot.Dialogs.Feedback;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Dialogs.Meetings;
using Senate.ChatBot.Dialogs.PersonalRecord;

namespace Senate.ChatBot.Dialogs;

public static class DialogsSetup
{
    /// <summary>MainDialog and the topic conversations it routes to (each registered as an <see cref="ITopicDialog"/>).</summary>
    public static IServiceCollection AddSenateDialogs(this IServiceCollection services)
    {
        services.AddSingleton<ITopicDialog, FeedbackDialog>();
        services.AddMeetingDialog();
        services.AddPersonalRecordDialog();
        services.AddBookshelfDialog();
        services.AddComplaintDialogs();
        services.AddSingleton<MainDialog>();
        return services;
    }
}
