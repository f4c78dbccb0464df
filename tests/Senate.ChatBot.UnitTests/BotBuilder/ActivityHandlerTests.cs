using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class ActivityHandlerTests
{
    [Theory]
    [InlineData(ActivityTypes.Message, "message")]
    [InlineData(ActivityTypes.Event, "event")]
    [InlineData(ActivityTypes.EndOfConversation, "end")]
    [InlineData(ActivityTypes.Typing, "typing")]
    [InlineData("somethingNew", "unrecognized")]
    public async Task Dispatches_by_activity_type(string type, string expected)
    {
        var bot = new Recorder();

        await new TestAdapter().ProcessActivityAsync(new Activity { Type = type }, bot.OnTurnAsync);

        Assert.Equal([expected], bot.Calls);
    }

    [Fact]
    public async Task Members_added_is_called_only_when_someone_other_than_the_bot_joins()
    {
        var bot = new Recorder();
        var adapter = new TestAdapter();
        var botJoined = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot")] };
        var userJoined = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot"), new ChannelAccount("user-1")] };

        await adapter.ProcessActivityAsync(botJoined, bot.OnTurnAsync);
        await adapter.ProcessActivityAsync(userJoined, bot.OnTurnAsync);

        Assert.Equal(["added:bot,user-1"], bot.Calls);
    }

    private sealed class Recorder : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("message");

        protected override Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("event");

        protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("end");

        protected override Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("typing");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("unrecognized");

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("added:" + string.Join(',', membersAdded.Select(m => m.Id)));

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }
}
