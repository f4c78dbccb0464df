using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Bots.Ordering;

namespace Senate.ChatBot.Bots.Adapters;

/// <summary>
/// What every channel adapter (LINE, Direct Line) shares: the product middleware, the error
/// handler, and turns of one conversation run one at a time across all hosts.
/// </summary>
public abstract class SenateChannelAdapter : BotAdapter
{
    private readonly IBot _bot;
    private readonly ConversationTurnGate _gate;

    protected SenateChannelAdapter(BotRuntime runtime)
        : base(runtime?.Time)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        _bot = runtime.Bot;
        _gate = runtime.Gate;
        foreach (var middleware in runtime.Middleware)
        {
            Use(middleware);
        }

        OnTurnError = runtime.ErrorHandler.HandleAsync;
    }

    /// <summary>Runs the bot on an incoming activity once the conversation's previous turn has finished.</summary>
    protected async Task ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        await using (await _gate.EnterAsync(key, cancellationToken))
        {
            await OnTurnStartingAsync(activity, cancellationToken);
            var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken);
        }
    }

    /// <summary>Inside the conversation's turn, before the bot runs (Direct Line echoes the user's activity here).</summary>
    protected virtual Task OnTurnStartingAsync(Activity activity, CancellationToken cancellationToken) => Task.CompletedTask;
}
