using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.State;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class DialogContextTests
{
    private readonly List<string> _log = [];
    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task Begin_continue_and_end_report_waiting_then_complete()
    {
        var results = new List<DialogTurnResult>();

        await Turn(async dc => results.Add(await dc.ContinueDialogAsync()));
        await Turn(async dc => results.Add(await dc.BeginDialogAsync("child", "opts")));
        await Turn(async dc => results.Add(await dc.ContinueDialogAsync()), "more");
        await Turn(async dc => results.Add(await dc.ContinueDialogAsync()), "end");
        await Turn(async dc => results.Add(await dc.ContinueDialogAsync()));

        Assert.Equal(
            [DialogTurnStatus.Empty, DialogTurnStatus.Waiting, DialogTurnStatus.Waiting, DialogTurnStatus.Complete, DialogTurnStatus.Empty],
            results.Select(r => r.Status));
        Assert.Equal("child-result", results[3].Result);
        Assert.Equal(["begin:child:opts", "continue:child:more", "continue:child:end", "end:child:EndCalled"], _log);
    }

    [Fact]
    public async Task Ending_a_child_resumes_the_parent_with_its_result()
    {
        DialogTurnResult? last = null;

        await Turn(dc => dc.BeginDialogAsync("parent"));
        await Turn(async dc => last = await dc.ContinueDialogAsync(), "end");

        Assert.Equal(["begin:parent:", "begin:child:", "continue:child:end", "end:child:EndCalled", "resume:parent:EndCalled:child-result", "end:parent:EndCalled"], _log);
        Assert.Equal((DialogTurnStatus.Complete, "parent<child-result"), (last!.Status, last.Result));
    }

    [Fact]
    public async Task Replace_ends_the_active_dialog_without_resuming_its_parent()
    {
        int depth = 0;
        string? active = null;

        await Turn(dc => dc.BeginDialogAsync("parent"));
        await Turn(async dc =>
        {
            await dc.ReplaceDialogAsync("other", "x");
            depth = dc.Stack.Count;
            active = dc.ActiveDialog!.Id;
        });

        Assert.Equal((2, "other"), (depth, active));
        Assert.Contains("end:child:ReplaceCalled", _log);
        Assert.DoesNotContain(_log, l => l.StartsWith("resume", StringComparison.Ordinal));
        Assert.Equal("begin:other:x", _log[^1]);
    }

    [Fact]
    public async Task CancelAll_ends_every_dialog_top_down_and_reports_cancelled()
    {
        var results = new List<DialogTurnStatus>();

        await Turn(dc => dc.BeginDialogAsync("parent"));
        await Turn(async dc => results.Add((await dc.CancelAllDialogsAsync()).Status));
        await Turn(async dc => results.Add((await dc.CancelAllDialogsAsync()).Status));

        Assert.Equal([DialogTurnStatus.Cancelled, DialogTurnStatus.Empty], results);
        Assert.Equal(["end:child:CancelCalled", "end:parent:CancelCalled"], _log.Where(l => l.StartsWith("end", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reprompt_reaches_the_active_dialog()
    {
        await Turn(dc => dc.BeginDialogAsync("parent"));
        await Turn(dc => dc.RepromptDialogAsync());

        Assert.Equal("reprompt:child", _log[^1]);
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_is_a_programming_error()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Turn(dc => dc.BeginDialogAsync("nope")));
    }

    [Fact]
    public void A_dialog_set_refuses_two_dialogs_with_one_id()
    {
        var set = new DialogSet().Add(new Probe("a", []));

        Assert.Throws<ArgumentException>(() => set.Add(new Probe("a", [])));
    }

    private async Task Turn(Func<DialogContext, Task> work, string text = "x")
    {
        var ctx = new TurnContext(_adapter, _adapter.MakeActivity(text));
        var state = new ConversationState(_storage);
        var dialogs = new DialogSet(state.CreateProperty<DialogState>("DialogState"))
            .Add(new Probe("parent", _log, beginChild: "child"))
            .Add(new Probe("child", _log))
            .Add(new Probe("other", _log));
        await work(await dialogs.CreateContextAsync(ctx));
        await state.SaveChangesAsync(ctx);
    }

    /// <summary>Logs every call; ends on "end"; optionally begins a child when it begins.</summary>
    private sealed class Probe(string id, List<string> log, string? beginChild = null) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            log.Add($"begin:{Id}:{options}");
            return beginChild is null ? Task.FromResult(EndOfTurn) : dc.BeginDialogAsync(beginChild, null, cancellationToken);
        }

        public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        {
            log.Add($"continue:{Id}:{dc.Context.Activity.Text}");
            return dc.Context.Activity.Text == "end" ? dc.EndDialogAsync($"{Id}-result", cancellationToken) : Task.FromResult(EndOfTurn);
        }

        public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        {
            log.Add($"resume:{Id}:{reason}:{result}");
            return dc.EndDialogAsync($"{Id}<{result}", cancellationToken);
        }

        public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        {
            log.Add($"reprompt:{Id}");
            return Task.CompletedTask;
        }

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            log.Add($"end:{Id}:{reason}");
            return Task.CompletedTask;
        }
    }
}
