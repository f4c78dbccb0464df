using System.Diagnostics.CodeAnalysis;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder;

/// <summary>The bot's logic for one turn.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>Calls the rest of the middleware pipeline (and finally the bot).</summary>
[SuppressMessage("Naming", "CA1711", Justification = "Bot Framework's name, kept for familiarity.")]
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>
/// Sees outgoing activities before the adapter sends them; may change, add or remove them, and
/// must call <paramref name="next"/> for them to be sent.
/// </summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext, IList<Activity> activities, Func<Task<ResourceResponse[]>> next);

public delegate Task<ResourceResponse> UpdateActivityHandler(
    ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next);

public delegate Task DeleteActivityHandler(
    ITurnContext turnContext, ConversationReference reference, Func<Task> next);
