using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Dialogs.Main;

namespace Senate.ChatBot.Dialogs.Bookshelf;

public static class BookshelfDialogSetup
{
    public static IServiceCollection AddBookshelfDialog(this IServiceCollection services)
    {
        services.AddSingleton<BookshelfRequestReader>();
        services.AddSingleton<ITopicDialog, BookshelfDialog>();
        return services;
    }
}
