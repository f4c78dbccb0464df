using System.Text.Json;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.State;

namespace Senate.ChatBot.UnitTests.BotBuilder;

/// <summary>
/// Runs a root dialog the way the product bot does, but builds the dialogs and the state objects
/// anew for every turn, as after a process restart: only what was saved as JSON carries over.
/// </summary>
internal sealed class FreshEachTurnBot(Func<Dialog> createRootDialog, IStorage? storage = null)
{
    public const string StartOver = "ขออภัย ขอเริ่มใหม่นะคะ";
    public const string StateKey = "test/conversations/conversation-1";

    public IStorage Storage { get; } = storage ?? new MemoryStorage();

    public DialogTurnResult? LastResult { get; private set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversationState = new ConversationState(Storage);
        var dialogState = conversationState.CreateProperty<DialogState>("DialogState");
        LastResult = await createRootDialog().RunAsync(
            turnContext, dialogState, (ctx, ct) => ctx.SendActivityAsync(StartOver, cancellationToken: ct), cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <summary>The stored dialog stack as JSON.</summary>
    public async Task<JsonElement> StoredStackAsync() =>
        (await Storage.ReadAsync([StateKey]))[StateKey].Document.GetProperty("DialogState").GetProperty("dialogStack");

    public Task WriteStoredStateAsync(string json) =>
        Storage.WriteAsync(new Dictionary<string, StoreItem> { [StateKey] = new(JsonDocument.Parse(json).RootElement.Clone()) });
}
