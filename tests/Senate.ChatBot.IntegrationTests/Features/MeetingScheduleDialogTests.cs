using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.IntegrationTests.Features;

[Collection(DemoStoreGroup.Name)]
public sealed class MeetingScheduleDialogTests(DemoStore demo)
{
    [Fact]
    public async Task Today_lists_public_meetings_as_numbered_lines_with_cards_on_line()
    {
        var closedBodies = demo.Data.Meetings
            .Where(m => !m.IsPublic && BangkokTime.DateOf(m.Start) == FeatureStore.Today).Select(m => m.BodyThai).ToList();
        Assert.NotEmpty(closedBodies);

        await DialogFlows.Start(demo, Intents.MeetingSchedule)
            .Send("วันนี้มีประชุมอะไรบ้าง")
            .AssertReply(reply =>
            {
                Assert.StartsWith("การประชุม วันพฤหัสบดีที่ 26 พฤศจิกายน 2569 มี ", reply.Text, StringComparison.Ordinal);
                Assert.Contains("(แสดงเฉพาะการประชุมที่เปิดเผยต่อสาธารณะ)", reply.Text, StringComparison.Ordinal);
                Assert.Contains("\n1. 13.30–16.30 น. คณะกรรมาธิการ", reply.Text, StringComparison.Ordinal);
                Assert.All(closedBodies, body => Assert.DoesNotContain(body + " ", reply.Text, StringComparison.Ordinal));
                Assert.NotEmpty(reply.Attachments!);
                Assert.Contains(".ics\"", System.Text.Json.JsonSerializer.Serialize(reply.Attachments![0].Content), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task English_on_the_website_is_answered_in_english_without_cards()
    {
        await DialogFlows.Start(demo, Intents.MeetingSchedule, channel: "directline")
            .Send("What meetings are there today?")
            .AssertReply(reply =>
            {
                Assert.StartsWith("Meetings Thursday 26 November 2026: ", reply.Text, StringComparison.Ordinal);
                Assert.Contains("\n1. 13:30–16:30 Committee on", reply.Text, StringComparison.Ordinal);
                Assert.Null(reply.Attachments);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_committee_without_a_date_gets_its_coming_two_weeks()
    {
        var first = demo.Data.Meetings.First(m => m.IsPublic && (m.BodyId == "finance" || m.ParentBodyId == "finance")
            && BangkokTime.DateOf(m.Start) >= FeatureStore.Today);

        await DialogFlows.Start(demo, Intents.MeetingSchedule)
            .Send("กรรมาธิการการคลังประชุมวันไหน")
            .AssertReply(reply =>
            {
                Assert.StartsWith("คณะกรรมาธิการการเงิน การคลัง การธนาคาร และสถาบันการเงิน ตั้งแต่วันพฤหัสบดีที่ 26 พฤศจิกายน 2569 ถึงวันพุธที่ 9 ธันวาคม 2569",
                    reply.Text, StringComparison.Ordinal);
                Assert.Contains($"\n1. {ThaiDates.Day(BangkokTime.DateOf(first.Start))} {ThaiDates.TimeRange(first.Start, first.End)} {first.BodyThai}",
                    reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task An_ambiguous_committee_name_is_asked_about_then_answered()
    {
        await DialogFlows.Start(demo, Intents.MeetingSchedule)
            .Send("กมธ.การพัฒนาประชุมวันไหน")
            .AssertReply(reply =>
            {
                Assert.StartsWith("ชื่อนี้ตรงกับหลายคณะค่ะ หมายถึงคณะใด", reply.Text, StringComparison.Ordinal);
                Assert.Contains("1. คณะกรรมาธิการการพัฒนาการเมือง", reply.Text, StringComparison.Ordinal);
                Assert.Contains("2. คณะกรรมาธิการการพัฒนาสังคม", reply.Text, StringComparison.Ordinal);
            })
            .Send("2")
            .AssertReply(reply => Assert.StartsWith("คณะกรรมาธิการการพัฒนาสังคม", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_missing_date_is_asked_for()
    {
        await DialogFlows.Start(demo, Intents.MeetingSchedule)
            .Send("มีประชุมอะไรบ้าง")
            .AssertReply("ต้องการดูการประชุมวันไหนคะ เช่น วันนี้ พรุ่งนี้ หรือ 3 ธันวาคม 2569")
            .Send("พรุ่งนี้")
            .AssertReply(reply => Assert.StartsWith("การประชุม วันศุกร์ที่ 27 พฤศจิกายน 2569 มี ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_day_without_meetings_says_so()
    {
        await DialogFlows.Start(demo, Intents.MeetingSchedule)
            .Send("ประชุมวันที่ 1 มีนาคม 2570")
            .AssertReply(reply => Assert.StartsWith("ไม่มีการประชุม วันจันทร์ที่ 1 มีนาคม 2570ค่ะ", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task My_meetings_need_a_linked_account()
    {
        await DialogFlows.Start(demo, Intents.MeetingSchedule)
            .Send("ประชุมของผมสัปดาห์หน้า")
            .AssertReply(reply =>
            {
                Assert.Contains("ยังไม่ได้เชื่อม", reply.Text, StringComparison.Ordinal);
                Assert.Equal("เชื่อมบัญชีสมาชิก", Assert.Single(reply.SuggestedActions!.Actions).Title);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_linked_member_gets_their_own_meetings_next_week()
    {
        var user = await DialogFlows.LinkedUserAsync(demo, "17");

        await DialogFlows.Start(demo, Intents.MeetingSchedule, user: user)
            .Send("ประชุมของผมสัปดาห์หน้า")
            .AssertReply(reply =>
            {
                Assert.StartsWith("การประชุมของท่าน ตั้งแต่วันจันทร์ที่ 30 พฤศจิกายน 2569 ถึงวันอาทิตย์ที่ 6 ธันวาคม 2569 มี ", reply.Text, StringComparison.Ordinal);
                Assert.Contains("1. วันจันทร์ที่ 30 พฤศจิกายน 2569 10.00–18.00 น. วุฒิสภา", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Next_sitting_in_english()
    {
        await DialogFlows.Start(demo, Intents.MeetingSchedule)
            .Send("next sitting")
            .AssertReply(reply =>
            {
                Assert.StartsWith("The next meeting of The Senate:", reply.Text, StringComparison.Ordinal);
                Assert.Contains("\n1. Monday 30 November 2026 10:00–18:00 The Senate", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }
}
