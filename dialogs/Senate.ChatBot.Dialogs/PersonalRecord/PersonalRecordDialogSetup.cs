using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Dialogs.Main;

namespace Senate.ChatBot.Dialogs.PersonalRecord;

public static class PersonalRecordDialogSetup
{
    public static IServiceCollection AddPersonalRecordDialog(this IServiceCollection services) =>
        services.AddSingleton<ITopicDialog, PersonalRecordDialog>();
}
