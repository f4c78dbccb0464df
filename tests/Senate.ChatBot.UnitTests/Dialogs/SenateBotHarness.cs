using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.BotBuilder.Testing;
using Senate.ChatBot.Bots;
using Senate.ChatBot.Bots.Middleware;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.UnitTests.Dialogs;

/// <summary>
/// The real SenateBot and MainDialog over memory storage, with a topic that asks a Thai number
/// question, so routing, interruptions and state between turns can be exercised without a database.
/// </summary>
internal sealed class SenateBotHarness
{
    public const string AskIntent = "test.ask";

    public SenateBotHarness(Dialog? topic = null, IStorage? storage = null)
    {
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        var main = new MainDialog(new ExactRecognizer(), [new Topic(topic ?? HeadCountTopic())]);
        Bot = new SenateBot(main, ConversationState, new UserState(Storage));
        Adapter = new TestAdapter();
        Adapter.Use(new LocaleMiddleware());
    }

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public SenateBot Bot { get; }

    public TestAdapter Adapter { get; }

    public TestFlow Flow() => new(Adapter, Bot);

    private static WaterfallDialog HeadCountTopic() => new("headcount",
    [
        (step, ct) => step.PromptAsync("count", new PromptOptions
        {
            Prompt = MessageFactory.Text("มากี่ท่านคะ"),
            RetryPrompt = MessageFactory.Text("กรุณาตอบเป็นตัวเลขค่ะ"),
        }, ct),
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"รับทราบ {step.Result} ท่านค่ะ", cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        },
    ]);

    private sealed class Topic(Dialog dialog) : ITopicDialog
    {
        private readonly ComponentDialog _component = new ComponentDialogWith(dialog);

        public string Intent => AskIntent;

        public Dialog Dialog => _component;
    }

    private sealed class ComponentDialogWith : ComponentDialog
    {
        public ComponentDialogWith(Dialog dialog)
            : base("topic")
        {
            AddDialog(dialog);
            AddDialog(new NumberPrompt<int>("count"));
            InitialDialogId = dialog.Id;
        }
    }

    /// <summary>Knows a few exact phrases; the statistical recognizer has tests of its own.</summary>
    private sealed class ExactRecognizer : IIntentRecognizer
    {
        private static readonly Dictionary<string, string> Phrases = new(StringComparer.Ordinal)
        {
            ["สวัสดี"] = Intents.Greeting,
            ["hello"] = Intents.Greeting,
            ["จองห้อง"] = AskIntent,
            ["ยกเลิก"] = Intents.Cancel,
            ["ตารางประชุม"] = Intents.MeetingSchedule,
            ["ติดต่อเจ้าหน้าที่"] = Intents.Human,
        };

        public Task<RecognizerResult> RecognizeAsync(string text, CancellationToken cancellationToken = default) =>
            Task.FromResult(Phrases.TryGetValue(text, out var intent) ? new RecognizerResult(intent, 0.99) : RecognizerResult.NoneResult);
    }
}
