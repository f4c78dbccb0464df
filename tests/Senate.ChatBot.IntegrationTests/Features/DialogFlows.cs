using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.BotBuilder.Testing;
using Senate.ChatBot.Bots;
using Senate.ChatBot.Bots.Middleware;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.IntegrationTests.Features;

/// <summary>
/// The real SenateBot and MainDialog with the meeting, personal-record and bookshelf conversations over
/// the demo store. The recognizer is fixed to one intent, so these tests exercise the conversations,
/// not the language model (which has tests of its own).
/// </summary>
internal static class DialogFlows
{
    public static TestFlow Start(DemoStore demo, string intent, string channel = "line", string user = "U-public")
    {
        var storage = new MemoryStorage();
        var main = new MainDialog(new OneIntent(intent), demo.Features.Services.GetServices<ITopicDialog>());
        var conversation = TestAdapter.DefaultConversation(channel) with { User = new ChannelAccount(user, "User", RoleTypes.User) };
        var adapter = new TestAdapter(conversation, demo.Features.Time);
        adapter.Use(new LocaleMiddleware());
        return new TestFlow(adapter, new SenateBot(main, new ConversationState(storage), new UserState(storage)));
    }

    /// <summary>A LINE user linked to a demo member, as the account-link flow would leave it.</summary>
    public static async Task<string> LinkedUserAsync(DemoStore demo, string memberNumber)
    {
        var user = "U-member-" + memberNumber;
        await demo.Features.Get<MemberLinks>().LinkAsync(user, memberNumber);
        return user;
    }

    private sealed class OneIntent(string intent) : IIntentRecognizer
    {
        public Task<RecognizerResult> RecognizeAsync(string text, CancellationToken cancellationToken = default) =>
            Task.FromResult(new RecognizerResult(intent, 0.99, []));
    }
}
