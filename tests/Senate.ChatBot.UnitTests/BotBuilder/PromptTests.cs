using Microsoft.Extensions.Time.Testing;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.Testing;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class PromptTests
{
    private static readonly Choice[] Menu = [new("ตารางประชุม"), new("ข้อมูลส่วนตัว"), new("ชั้นหนังสือ")];

    [Fact]
    public async Task Confirm_prompt_shows_Thai_choices_and_accepts_a_polite_particle()
    {
        var flow = Flow(new ConfirmPrompt("ask"), new PromptOptions { Prompt = MessageFactory.Text("ยืนยันไหมคะ") });

        await flow
            .Send("เริ่ม").AssertReply(reply =>
            {
                Assert.Equal("ยืนยันไหมคะ\n1. ใช่\n2. ไม่ใช่", reply.Text);
                Assert.Equal(["ใช่", "ไม่ใช่"], reply.SuggestedActions!.Actions.Select(a => a.Title));
                Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
            })
            .Send("ค่ะ").AssertReply("result:True")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ไม่ครับ", "result:False")]
    [InlineData("2", "result:False")]
    [InlineData("ใช่", "result:True")]
    [InlineData("โอเค 👍", "result:True")]
    public async Task Confirm_prompt_answers(string answer, string expected)
    {
        await Flow(new ConfirmPrompt("ask"), new PromptOptions { Prompt = MessageFactory.Text("?") })
            .Send("เริ่ม").AssertReply(_ => { })
            .Send(answer).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_is_not_a_no_so_the_confirm_prompt_asks_again_with_the_retry_prompt()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("ยืนยันไหมคะ"), RetryPrompt = MessageFactory.Text("ตอบ ใช่ หรือ ไม่ใช่ ค่ะ"), Style = ListStyle.None };

        await Flow(new ConfirmPrompt("ask"), options)
            .Send("เริ่ม").AssertReply("ยืนยันไหมคะ")
            .Send("ยกเลิก").AssertReply("ตอบ ใช่ หรือ ไม่ใช่ ค่ะ")
            .Send("ไม่").AssertReply("result:False")
            .StartTestAsync();
    }

    [Fact]
    public async Task English_locale_gets_yes_no_choices()
    {
        var adapter = new TestAdapter(TestAdapter.DefaultConversation(locale: "en-US"));

        await Flow(new ConfirmPrompt("ask"), new PromptOptions { Prompt = MessageFactory.Text("Sure?"), Style = ListStyle.List }, adapter)
            .Send("go").AssertReply("Sure?\n1. Yes\n2. No")
            .Send("1").AssertReply("result:True")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_reads_Thai_digits_and_retries_on_nonsense()
    {
        await Flow(new NumberPrompt<int>("ask"), new PromptOptions { Prompt = MessageFactory.Text("กี่ท่านคะ") })
            .Send("เริ่ม").AssertReply("กี่ท่านคะ")
            .Send("ไม่ทราบ").AssertReply("กี่ท่านคะ")
            .Send("3.5").AssertReply("กี่ท่านคะ")
            .Send("๓").AssertReply("result:3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_of_decimal_reads_words_and_separators()
    {
        await Flow(new NumberPrompt<decimal>("ask"), new PromptOptions { Prompt = MessageFactory.Text("จำนวนเงิน") })
            .Send("เริ่ม").AssertReply("จำนวนเงิน")
            .Send("๑,๒๕๐.๕๐ บาท").AssertReply("result:1250.50")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_lists_options_as_text_and_buttons()
    {
        await Flow(new ChoicePrompt("ask"), new PromptOptions { Prompt = MessageFactory.Text("เลือกเมนู"), Choices = Menu })
            .Send("เริ่ม").AssertReply(reply =>
            {
                Assert.Equal("เลือกเมนู\n1. ตารางประชุม\n2. ข้อมูลส่วนตัว\n3. ชั้นหนังสือ", reply.Text);
                Assert.Equal(Menu.Select(c => c.Value), reply.SuggestedActions!.Actions.Select(a => (string)a.Value!));
                Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("2", "ข้อมูลส่วนตัว")]
    [InlineData("๓", "ชั้นหนังสือ")]
    [InlineData("ตารางประชุม", "ตารางประชุม")]
    [InlineData("ตารางประชม", "ตารางประชุม")]
    [InlineData("ขอดูข้อมูลส่วนตัวหน่อยครับ", "ข้อมูลส่วนตัว")]
    public async Task Choice_prompt_recognizes_number_title_and_typo(string answer, string expected)
    {
        await Flow(new ChoicePrompt("ask"), new PromptOptions { Prompt = MessageFactory.Text("เลือก"), Choices = Menu, Style = ListStyle.None })
            .Send("เริ่ม").AssertReply("เลือก")
            .Send(answer).AssertReply($"result:{expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_prompt_resolves_tomorrow_in_Bangkok_time()
    {
        // 20:00 UTC on 2 March is already 3 March in Bangkok, so tomorrow is 4 March.
        var adapter = new TestAdapter(timeProvider: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.Zero)));

        await Flow(new DateTimePrompt("ask"), new PromptOptions { Prompt = MessageFactory.Text("วันไหนคะ") }, adapter)
            .Send("เริ่ม").AssertReply("วันไหนคะ")
            .Send("พรุ่งนี้ค่ะ").AssertReply("result:2026-03-04")
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_prompt_reads_Thai_abbreviated_month_and_Buddhist_year()
    {
        await Flow(new DateTimePrompt("ask"), new PromptOptions { Prompt = MessageFactory.Text("วันไหนคะ") })
            .Send("เริ่ม").AssertReply("วันไหนคะ")
            .Send("ไม่แน่ใจ").AssertReply("วันไหนคะ")
            .Send("15 ม.ค. 2570").AssertReply("result:2027-01-15")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_max_attempts_the_prompt_gives_up_and_the_step_can_apologise()
    {
        await Flow(new NumberPrompt<int>("ask"), new PromptOptions { Prompt = MessageFactory.Text("กี่ท่าน"), RetryPrompt = MessageFactory.Text("ตัวเลขค่ะ"), MaxAttempts = 2 })
            .Send("เริ่ม").AssertReply("กี่ท่าน")
            .Send("ก").AssertReply("ตัวเลขค่ะ")
            .Send("ข").AssertReply("failed:2")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Default_max_attempts_is_three()
    {
        await Flow(new TextPrompt("ask"), new PromptOptions { Prompt = MessageFactory.Text("ชื่อ") })
            .Send("เริ่ม").AssertReply("ชื่อ")
            .Send(" ").AssertReply("ชื่อ")
            .Send(" ").AssertReply("ชื่อ")
            .Send(" ").AssertReply("failed:3")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_validator_that_explains_itself_suppresses_the_retry_prompt()
    {
        var attempts = new List<int>();
        var prompt = new NumberPrompt<int>("ask", async (context, ct) =>
        {
            attempts.Add(context.AttemptCount);
            if (context.Recognized is { Succeeded: true, Value: >= 1 and <= 10 })
            {
                return true;
            }

            await context.Context.SendActivityAsync("ระหว่าง 1 ถึง 10 ค่ะ", cancellationToken: ct);
            return false;
        });

        await Flow(prompt, new PromptOptions { Prompt = MessageFactory.Text("เลือกเลข") })
            .Send("เริ่ม").AssertReply("เลือกเลข")
            .Send("99").AssertReply("ระหว่าง 1 ถึง 10 ค่ะ").AssertNoReply()
            .Send("7").AssertReply("result:7")
            .StartTestAsync();

        Assert.Equal([1, 2], attempts);
    }

    /// <summary>A waterfall that prompts once and reports the result (or the give-up) as text.</summary>
    private static TestFlow Flow(Dialog prompt, PromptOptions options, TestAdapter? adapter = null)
    {
        var bot = new FreshEachTurnBot(() => new ComponentDialog("main")
            .AddDialog(new WaterfallDialog("flow",
            [
                (step, ct) => step.PromptAsync("ask", options, ct),
                async (step, ct) =>
                {
                    var text = step.Result switch
                    {
                        PromptAttemptsExhausted failed => $"failed:{failed.AttemptCount}",
                        FoundChoice choice => $"result:{choice.Value}",
                        IReadOnlyList<DateTimeResolution> dates => $"result:{dates[0].Timex}",
                        var value => $"result:{value}",
                    };
                    await step.Context.SendActivityAsync(text, cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .AddDialog(prompt));
        return new TestFlow(adapter ?? new TestAdapter(), bot.OnTurnAsync);
    }
}
