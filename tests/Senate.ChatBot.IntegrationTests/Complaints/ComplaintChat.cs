using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.Testing;
using Senate.ChatBot.Bots.Middleware;

namespace Senate.ChatBot.IntegrationTests.Complaints;

/// <summary>
/// One person chatting with the real bot of a host (real recognizer, Redis state, Marten register)
/// through a test channel; every chat has its own user and conversation.
/// </summary>
internal sealed class ComplaintChat
{
    private readonly IBot _bot;
    private readonly TestAdapter _adapter;

    public ComplaintChat(IServiceProvider services, string channelId = "line", string? userId = null)
    {
        _bot = services.GetRequiredService<IBot>();
        UserId = userId ?? $"U{Guid.NewGuid():N}";
        ConversationId = channelId == "line" ? UserId : $"conv-{Guid.NewGuid():N}";
        _adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.invalid",
            Conversation = new ConversationAccount(ConversationId),
            User = new ChannelAccount(UserId, Role: RoleTypes.User),
            Bot = new ChannelAccount("bot", Role: RoleTypes.Bot),
            Locale = "th-TH",
        });
        _adapter.Use(new LocaleMiddleware());
    }

    public string UserId { get; }

    public string ConversationId { get; }

    /// <summary>Sends a message and returns the texts of everything the bot answered.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text, string? activityId = null, IList<Attachment>? attachments = null)
    {
        var activity = _adapter.MakeActivity(text);
        activity.Id = activityId;
        activity.Attachments = attachments;
        await _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync);
        var replies = new List<string>();
        while (_adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.Text ?? "");
        }

        return replies;
    }

    /// <summary>Says each line in turn and returns the answers to the last.</summary>
    public async Task<IReadOnlyList<string>> SayAllAsync(params string[] lines)
    {
        IReadOnlyList<string> last = [];
        foreach (var line in lines)
        {
            last = await SayAsync(line);
        }

        return last;
    }
}
