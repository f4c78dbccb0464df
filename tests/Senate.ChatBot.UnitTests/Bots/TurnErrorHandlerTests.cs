using Microsoft.Extensions.Logging.Testing;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Bots.Adapters;
using Senate.ChatBot.UnitTests.Dialogs;

namespace Senate.ChatBot.UnitTests.Bots;

public sealed class TurnErrorHandlerTests
{
    [Fact]
    public async Task An_unexpected_failure_apologises_and_the_next_message_starts_cleanly()
    {
        var failing = new WaterfallDialog("fragile",
        [
            (step, ct) => step.PromptAsync("count", new PromptOptions { Prompt = MessageFactory.Text("มากี่ท่านคะ") }, ct),
            (_, _) => throw new InvalidOperationException("secret detail: 081-234-5678"),
        ]);
        var harness = new SenateBotHarness(failing);
        var logger = new FakeLogger<TurnErrorHandler>();
        harness.Adapter.OnTurnError = new TurnErrorHandler(harness.ConversationState, logger).HandleAsync;

        await harness.Flow()
            .Send("จองห้อง").AssertReply("มากี่ท่านคะ")
            .Send("3").AssertReply(reply => Assert.StartsWith("ขออภัย ระบบขัดข้องชั่วคราว", reply.Text, StringComparison.Ordinal))
            .Send("สวัสดี").AssertReply(reply => Assert.Contains("ยินดีให้บริการ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal("TurnFailed", record.Id.Name);
        Assert.Contains("InvalidOperationException", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("081", record.Message, StringComparison.Ordinal);
    }
}
