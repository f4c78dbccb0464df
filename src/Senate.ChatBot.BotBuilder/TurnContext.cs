using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder;

/// <summary>
/// The context of one turn. Outgoing activities are copied, then stamped (id, timestamp from the
/// adapter's <see cref="TimeProvider"/>, conversation, channel, from/recipient, replyToId, locale),
/// then passed through the OnSendActivities hooks in registration order, then to the adapter.
/// </summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];

    public BotAdapter Adapter { get; } = adapter ?? throw new ArgumentNullException(nameof(adapter));
    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));
    public TurnContextStateCollection TurnState { get; } = new();
    public bool Responded { get; private set; }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler) => Register(_onSend, handler);

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler) => Register(_onUpdate, handler);

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler) => Register(_onDelete, handler);

    public Task<ResourceResponse?> SendActivityAsync(
        string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput,
        CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(textReplyToSend, speak, inputHint), cancellationToken);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.FirstOrDefault();
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(Activity[] activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var reference = Activity.GetConversationReference();
        var now = Adapter.TimeProvider.GetUtcNow();
        List<Activity> outgoing = [.. activities.Select(a => Stamp(a.Clone(), reference, now))];
        return RunSendHooksAsync(outgoing, 0, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var update = activity.Clone().ApplyConversationReference(Activity.GetConversationReference());
        return RunUpdateHooksAsync(update, 0, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference() with { ActivityId = activityId };
        return RunDeleteHooksAsync(reference, 0, cancellationToken);
    }

    private static Activity Stamp(Activity activity, ConversationReference reference, DateTimeOffset now)
    {
        activity.ApplyConversationReference(reference);
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.Timestamp ??= now;
        return activity;
    }

    private Task<ResourceResponse[]> RunSendHooksAsync(List<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index < _onSend.Count)
        {
            return _onSend[index](this, activities, () => RunSendHooksAsync(activities, index + 1, cancellationToken));
        }

        if (activities.Count == 0)
        {
            return Task.FromResult(Array.Empty<ResourceResponse>());
        }

        // Typing is not an answer: a prompt must still re-ask after the bot showed a typing indicator.
        if (activities.Any(a => a.Type is not (ActivityTypes.Trace or ActivityTypes.Typing)))
        {
            Responded = true;
        }

        return Adapter.SendActivitiesAsync(this, [.. activities], cancellationToken);
    }

    private Task<ResourceResponse> RunUpdateHooksAsync(Activity activity, int index, CancellationToken cancellationToken) =>
        index < _onUpdate.Count
            ? _onUpdate[index](this, activity, () => RunUpdateHooksAsync(activity, index + 1, cancellationToken))
            : Adapter.UpdateActivityAsync(this, activity, cancellationToken);

    private Task RunDeleteHooksAsync(ConversationReference reference, int index, CancellationToken cancellationToken) =>
        index < _onDelete.Count
            ? _onDelete[index](this, reference, () => RunDeleteHooksAsync(reference, index + 1, cancellationToken))
            : Adapter.DeleteActivityAsync(this, reference, cancellationToken);

    private TurnContext Register<T>(List<T> handlers, T handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handlers.Add(handler);
        return this;
    }
}
