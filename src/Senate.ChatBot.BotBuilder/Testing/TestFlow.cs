using Senate.ChatBot.BotBuilder.Schema;

namespace Senate.ChatBot.BotBuilder.Testing;

/// <summary>
/// A scripted conversation in Bot Framework's TestFlow style:
/// <c>new TestFlow(adapter, bot.OnTurnAsync).Send("สวัสดี").AssertReply("...").StartTestAsync()</c>.
/// Each call returns a new flow; nothing runs until <see cref="StartTestAsync"/>. Replies are
/// checked in the order the bot sent them; a failed check throws <see cref="TestFlowAssertionException"/>.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly Func<Task> _script;

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, () => Task.CompletedTask)
    {
    }

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, Func<Task> script)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _script = script;
    }

    public TestFlow Send(string userSays) => Then(() => _adapter.SendTextToBotAsync(userSays, _callback));

    public TestFlow Send(Activity userActivity) => Then(() => _adapter.ProcessActivityAsync(userActivity, _callback));

    /// <summary>Expects the next reply to be a message with exactly this text.</summary>
    public TestFlow AssertReply(string expected, string? description = null) =>
        AssertReply(
            reply =>
            {
                if (reply.Type != ActivityTypes.Message || reply.Text != expected)
                {
                    throw new TestFlowAssertionException(
                        $"{description ?? "Reply"}: expected message \"{expected}\" but got {reply.Type} \"{reply.Text}\".");
                }
            },
            description);

    /// <summary>Runs <paramref name="validateActivity"/> on the next reply; it should throw to fail.</summary>
    public TestFlow AssertReply(Action<Activity> validateActivity, string? description = null) => Then(() =>
    {
        ArgumentNullException.ThrowIfNull(validateActivity);
        var reply = _adapter.GetNextReply()
            ?? throw new TestFlowAssertionException($"{description ?? "Reply"}: expected a reply but the bot sent nothing more.");
        validateActivity(reply);
        return Task.CompletedTask;
    });

    public TestFlow AssertReplyOneOf(IEnumerable<string> candidates, string? description = null)
    {
        string[] options = [.. candidates];
        return AssertReply(
            reply =>
            {
                if (!options.Contains(reply.Text))
                {
                    throw new TestFlowAssertionException(
                        $"{description ?? "Reply"}: \"{reply.Text}\" is none of \"{string.Join("\", \"", options)}\".");
                }
            },
            description);
    }

    public TestFlow AssertNoReply(string? description = null) => Then(() =>
        _adapter.GetNextReply() is { } reply
            ? throw new TestFlowAssertionException($"{description ?? "No reply"}: the bot sent {reply.Type} \"{reply.Text}\".")
            : Task.CompletedTask);

    /// <summary>Sends <paramref name="userSays"/> and expects <paramref name="expected"/> back.</summary>
    public TestFlow Test(string userSays, string expected, string? description = null) =>
        Send(userSays).AssertReply(expected, description);

    /// <summary>Runs arbitrary work between steps, e.g. advancing a fake clock.</summary>
    public TestFlow Do(Action action) => Then(() =>
    {
        ArgumentNullException.ThrowIfNull(action);
        action();
        return Task.CompletedTask;
    });

    public Task StartTestAsync() => _script();

    private TestFlow Then(Func<Task> step) => new(_adapter, _callback, async () =>
    {
        await _script();
        await step();
    });
}
