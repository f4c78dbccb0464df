using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.Dialogs.Help;
using Senate.ChatBot.Dialogs.Main;

namespace Senate.ChatBot.Bots;

/// <summary>
/// The activity handler for every channel: welcomes new users, runs <see cref="MainDialog"/> on
/// messages and saves conversation and user state at the end of the turn.
/// </summary>
public sealed class SenateBot(MainDialog mainDialog, ConversationState conversationState, UserState userState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        mainDialog.RunAsync(turnContext, _dialogState, StartOverAsync, cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (membersAdded?.Any(m => m.Role != RoleTypes.Bot && m.Id != turnContext.Activity.Recipient?.Id) == true)
        {
            await turnContext.SendActivityAsync(HelpMessages.Welcome(turnContext), cancellationToken);
        }
    }

    private static Task StartOverAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(HelpMessages.StartOver(turnContext), cancellationToken);
}
