using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder;

/// <summary>Everything about one incoming activity and the way to answer it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    /// <summary>Per-turn services and cached state, keyed by name or type.</summary>
    TurnContextStateCollection TurnState { get; }

    Activity Activity { get; }

    /// <summary>True once anything other than a trace or typing activity was sent this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse?> SendActivityAsync(
        string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput,
        CancellationToken cancellationToken = default);

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(Activity[] activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
