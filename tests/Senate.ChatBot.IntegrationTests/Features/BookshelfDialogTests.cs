using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.IntegrationTests.Features;

[Collection(DemoStoreGroup.Name)]
public sealed class BookshelfDialogTests(DemoStore demo)
{
    [Fact]
    public async Task A_search_lists_numbered_results_with_links_and_asks_which_format()
    {
        await DialogFlows.Start(demo, Intents.BookshelfSearch)
            .Send("หาเอกสารเรื่องคู่มือสมาชิกวุฒิสภา")
            .AssertReply(reply =>
            {
                Assert.StartsWith("พบ 2 รายการค่ะ\n1. คู่มือสมาชิกวุฒิสภา (หนังสือ เผยแพร่ 15 ธันวาคม 2567) ", reply.Text, StringComparison.Ordinal);
                Assert.Contains("มีแบบ PDF, ไฟล์ Word (.docx), หนังสือเสียง ลิงก์ https://elibrary.senate.example/items/book-1.pdf", reply.Text, StringComparison.Ordinal);
            })
            .Send("1")
            .AssertReply(reply =>
            {
                Assert.StartsWith("\"คู่มือสมาชิกวุฒิสภา\" มีหลายรูปแบบ ต้องการรูปแบบไหนคะ", reply.Text, StringComparison.Ordinal);
                Assert.Equal(new[] { "PDF", "ไฟล์ Word (.docx)", "หนังสือเสียง" }, reply.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("หนังสือเสียง")
            .AssertReply("หนังสือเสียง: https://elibrary.senate.example/items/book-1.mp3")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_member_who_prefers_word_and_audio_gets_them_first()
    {
        var user = await DialogFlows.LinkedUserAsync(demo, "17");

        await DialogFlows.Start(demo, Intents.BookshelfSearch, user: user)
            .Send("หาคู่มือสมาชิกวุฒิสภา")
            .AssertReply(reply => Assert.Contains("มีแบบ ไฟล์ Word (.docx), หนังสือเสียง, PDF ลิงก์ https://elibrary.senate.example/items/book-1.docx", reply.Text, StringComparison.Ordinal))
            .Send("1")
            .AssertReply(reply => Assert.Equal(new[] { "ไฟล์ Word (.docx)", "หนังสือเสียง", "PDF" }, reply.SuggestedActions!.Actions.Select(a => a.Title)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Nothing_to_search_for_is_asked_for_then_searched()
    {
        await DialogFlows.Start(demo, Intents.BookshelfSearch)
            .Send("ค้นหาเอกสาร")
            .AssertReply(reply => Assert.StartsWith("ต้องการค้นหาเอกสารเรื่องอะไรคะ", reply.Text, StringComparison.Ordinal))
            .Send("รัฐธรรมนูญ")
            .AssertReply(reply => Assert.StartsWith("พบ 2 รายการค่ะ\n1. รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช 2560 (กฎหมาย เผยแพร่ ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_follow_up_narrows_to_a_format()
    {
        await DialogFlows.Start(demo, Intents.BookshelfSearch)
            .Send("หารายงานการพิจารณาศึกษา")
            .AssertReply(reply => Assert.StartsWith("พบ 5 รายการค่ะ", reply.Text, StringComparison.Ordinal))
            .Send("ขอเป็นหนังสือเสียง")
            .AssertReply(reply =>
            {
                var items = reply.Text!.Split('\n').Where(l => char.IsAsciiDigit(l[0])).ToList();
                Assert.NotEmpty(items);
                Assert.All(items, line => Assert.Contains("หนังสือเสียง", line, StringComparison.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_reply_that_narrows_to_nothing_is_taken_as_a_new_request()
    {
        await DialogFlows.Start(demo, Intents.BookshelfSearch)
            .Send("รัฐธรรมนูญ")
            .AssertReply(reply => Assert.StartsWith("พบ 2 รายการค่ะ", reply.Text, StringComparison.Ordinal))
            .Send("ผลฟุตบอลเมื่อคืน")
            .AssertReply(reply => Assert.StartsWith("ไม่พบเอกสารที่ตรงกับคำค้นค่ะ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task No_results_say_so_and_offer_help()
    {
        await DialogFlows.Start(demo, Intents.BookshelfSearch)
            .Send("หาเอกสารฟุตบอลโลกรอบชิงชนะเลิศ")
            .AssertReply(reply => Assert.StartsWith("ไม่พบเอกสารที่ตรงกับคำค้นค่ะ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task English_is_answered_in_english_and_thai_titles_are_found_from_english_requests()
    {
        await DialogFlows.Start(demo, Intents.BookshelfSearch, channel: "directline")
            .Send("find the constitution please")
            .AssertReply(reply => Assert.StartsWith("No documents match.", reply.Text, StringComparison.Ordinal))
            .Send("find documents about รัฐธรรมนูญ please")
            .AssertReply(reply => Assert.StartsWith("พบ 2 รายการค่ะ\n1. รัฐธรรมนูญแห่งราชอาณาจักรไทย", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }
}
