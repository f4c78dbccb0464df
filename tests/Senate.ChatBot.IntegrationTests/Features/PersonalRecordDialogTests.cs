using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.IntegrationTests.Features;

[Collection(DemoStoreGroup.Name)]
public sealed class PersonalRecordDialogTests(DemoStore demo)
{
    [Fact]
    public async Task An_unlinked_line_user_is_told_why_and_offered_the_link()
    {
        await DialogFlows.Start(demo, Intents.PersonalRecord)
            .Send("ขอดูข้อมูลของฉัน")
            .AssertReply(reply =>
            {
                Assert.StartsWith("ข้อมูลนี้เป็นข้อมูลส่วนบุคคลของสมาชิกวุฒิสภา", reply.Text, StringComparison.Ordinal);
                Assert.Equal("เชื่อมบัญชีสมาชิก", Assert.Single(reply.SuggestedActions!.Actions).Title);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_website_user_is_sent_to_line_and_sees_nothing_personal()
    {
        await DialogFlows.Start(demo, Intents.PersonalRecord, channel: "directline")
            .Send("my record")
            .AssertReply(reply =>
            {
                Assert.Contains("Senate Formal", reply.Text, StringComparison.Ordinal);
                Assert.Null(reply.SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_linked_member_hears_their_whole_record_in_plain_sentences()
    {
        var user = await DialogFlows.LinkedUserAsync(demo, "17");
        var member = demo.Data.Members.Single(m => m.Id == "17");

        await DialogFlows.Start(demo, Intents.PersonalRecord, user: user)
            .Send("ข้อมูลของฉัน")
            .AssertReply(reply =>
            {
                Assert.StartsWith($"ข้อมูลของ{member.ThaiName} สมาชิกวุฒิสภาหมายเลข 17", reply.Text, StringComparison.Ordinal);
                Assert.Contains("ตำแหน่งในคณะกรรมาธิการ\n1. ", reply.Text, StringComparison.Ordinal);
                Assert.Contains($"การเข้าประชุม จากการประชุมที่จัดไปแล้ว {member.Attendance.Count} ครั้ง", reply.Text, StringComparison.Ordinal);
                Assert.Contains("นัดประชุมของท่านในสัปดาห์ข้างหน้า\n1. ", reply.Text, StringComparison.Ordinal);
                Assert.Contains("เบี้ยประชุม\n1. เดือนพฤศจิกายน 2569", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_about_one_part_gets_that_part_in_english()
    {
        var user = await DialogFlows.LinkedUserAsync(demo, "42");

        await DialogFlows.Start(demo, Intents.PersonalRecord, user: user)
            .Send("what is my allowance status")
            .AssertReply(reply =>
            {
                Assert.StartsWith("Record of ", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Meeting allowances:\n1. November 2026: ", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Committee seats", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_link_to_a_number_without_a_record_is_explained()
    {
        var user = await DialogFlows.LinkedUserAsync(demo, "999");

        await DialogFlows.Start(demo, Intents.PersonalRecord, user: user)
            .Send("ข้อมูลของฉัน")
            .AssertReply(reply => Assert.StartsWith("บัญชีนี้เชื่อมกับสมาชิกหมายเลข 999 แต่ยังไม่พบทะเบียนประวัติ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }
}
