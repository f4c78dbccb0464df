using System.Collections.Concurrent;
using System.Globalization;
using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Testing;

/// <summary>
/// An in-memory channel for tests. Incoming activities get the configured conversation, user,
/// bot, locale, a sequential id and the <see cref="BotAdapter.TimeProvider"/>'s time; the bot's
/// replies are queued for <see cref="GetNextReply"/>.
/// </summary>
public sealed class TestAdapter(ConversationReference? conversation = null, TimeProvider? timeProvider = null)
    : BotAdapter(timeProvider)
{
    private readonly ConcurrentQueue<Activity> _replies = new();
    private int _nextId;

    public ConversationReference Conversation { get; } = conversation ?? DefaultConversation();

    public static ConversationReference DefaultConversation(string channelId = "test", string locale = "th-TH") => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.invalid",
        Conversation = new ConversationAccount("conversation-1"),
        User = new ChannelAccount("user-1", "User", RoleTypes.User),
        Bot = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
        Locale = locale,
    };

    /// <summary>A message from the configured user to the bot.</summary>
    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ChannelId = Conversation.ChannelId,
        ServiceUrl = Conversation.ServiceUrl,
        Locale = Conversation.Locale,
    };

    /// <summary>Runs one turn; fields the activity leaves empty are filled from <see cref="Conversation"/>.</summary>
    public Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Conversation ??= Conversation.Conversation;
        activity.Locale ??= Conversation.Locale;
        activity.Id ??= Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        activity.Timestamp ??= TimeProvider.GetUtcNow();
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>The oldest reply not yet taken, or null.</summary>
    public Activity? GetNextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    public override Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities)
        {
            _replies.Enqueue(activity);
        }

        return Task.FromResult(activities.Select(a => new ResourceResponse(a.Id ?? string.Empty)).ToArray());
    }
}
