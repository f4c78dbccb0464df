using System.Text.Json;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.BotBuilder.State;

namespace Senate.ChatBot.UnitTests.Dialogs;

public sealed class MainDialogTests
{
    [Fact]
    public async Task Greeting_is_answered_with_what_the_bot_does_and_topic_buttons()
    {
        await new SenateBotHarness().Flow()
            .Send("สวัสดี")
            .AssertReply(reply =>
            {
                Assert.Contains("ผู้ช่วยวุฒิสภายินดีให้บริการ", reply.Text, StringComparison.Ordinal);
                Assert.Contains(reply.SuggestedActions!.Actions, a => a.Title == "ร้องเรียน");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task English_is_answered_in_english()
    {
        await new SenateBotHarness().Flow()
            .Send("hello")
            .AssertReply(reply => Assert.StartsWith("Hello, this is the Senate assistant", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_in_the_middle_of_a_question_shows_help_then_asks_the_same_question_again()
    {
        await new SenateBotHarness().Flow()
            .Send("จองห้อง").AssertReply("มากี่ท่านคะ")
            .Send("ช่วยเหลือ")
            .AssertReply(reply => Assert.StartsWith("วิธีใช้", reply.Text, StringComparison.Ordinal))
            .AssertReply("มากี่ท่านคะ")
            .Send("๓").AssertReply("รับทราบ 3 ท่านค่ะ")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_ends_the_open_question_and_the_next_message_is_a_new_request()
    {
        await new SenateBotHarness().Flow()
            .Send("จองห้อง").AssertReply("มากี่ท่านคะ")
            .Send("ยกเลิก").AssertReply(reply => Assert.StartsWith("ยกเลิกแล้วค่ะ", reply.Text, StringComparison.Ordinal))
            .Send("5").AssertReply(reply => Assert.StartsWith("ขออภัยค่ะ ยังไม่แน่ใจ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_with_nothing_open_says_so()
    {
        await new SenateBotHarness().Flow()
            .Send("ยกเลิก").AssertReply(reply => Assert.StartsWith("ตอนนี้ไม่มีเรื่องที่ต้องยกเลิก", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_sentence_that_mentions_cancel_is_an_answer_not_an_interruption()
    {
        await new SenateBotHarness().Flow()
            .Send("จองห้อง").AssertReply("มากี่ท่านคะ")
            .Send("ยกเลิกสัญญาเช่า").AssertReply("กรุณาตอบเป็นตัวเลขค่ะ")
            .StartTestAsync();
    }

    [Fact]
    public async Task Out_of_scope_offers_the_topics_and_a_person_instead_of_a_dead_end()
    {
        await new SenateBotHarness().Flow()
            .Send("ผลบอลเมื่อคืน")
            .AssertReply(reply =>
            {
                Assert.Contains("ติดต่อเจ้าหน้าที่", reply.Text, StringComparison.Ordinal);
                Assert.Equal(5, reply.SuggestedActions!.Actions.Count);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_message_without_text_gets_a_polite_answer(string text)
    {
        await new SenateBotHarness().Flow()
            .Send(text)
            .AssertReply(reply => Assert.StartsWith("ผู้ช่วยอ่านได้เฉพาะข้อความ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_file_outside_a_complaint_says_how_to_file_one_with_it_instead_of_text_only()
    {
        var harness = new SenateBotHarness();
        var upload = harness.Adapter.MakeActivity();
        upload.Text = null;
        upload.Attachments = [new Attachment("image/jpeg") { ContentUrl = $"/api/attachments/{Guid.NewGuid()}", Name = "road.jpg" }];

        await harness.Flow()
            .Send(upload)
            .AssertReply(reply =>
            {
                Assert.StartsWith("ได้รับไฟล์แล้วค่ะ", reply.Text, StringComparison.Ordinal);
                Assert.Contains("\"ร้องเรียน\"", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_huge_message_is_declined_with_the_limit()
    {
        await new SenateBotHarness().Flow()
            .Send(new string('ก', 5001))
            .AssertReply(reply => Assert.Contains("5,000", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_stored_stack_from_an_older_version_restarts_politely()
    {
        var harness = new SenateBotHarness();
        var key = $"{harness.Adapter.Conversation.ChannelId}/conversations/{harness.Adapter.Conversation.Conversation!.Id}";
        var stale = JsonSerializer.SerializeToElement(new
        {
            DialogState = new { dialogStack = new[] { new { id = "MainDialog", state = new { dialogs = new { dialogStack = new[] { new { id = "removed-in-v2", state = new { } } } } } } } },
        });
        await harness.Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(stale) });

        await harness.Flow()
            .Send("สวัสดี")
            .AssertReply(reply => Assert.StartsWith("ขออภัยค่ะ ผู้ช่วยเพิ่งได้รับการปรับปรุง", reply.Text, StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("ยินดีให้บริการ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Conversation_update_with_a_new_user_is_welcomed()
    {
        var harness = new SenateBotHarness();
        var update = harness.Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.Text = null;
        update.MembersAdded = [update.From!];

        await harness.Flow()
            .Send(update)
            .AssertReply(reply => Assert.Contains("ยินดีให้บริการ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }
}
