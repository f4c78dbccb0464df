using System.Net;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>The inbox and case page over the real register: what officers see and what their clicks record.</summary>
public sealed class DeskCaseTests : DeskHostTest
{
    [Fact]
    public async Task A_filed_complaint_shows_in_the_inbox_with_its_time_left_and_turns_overdue()
    {
        var filed = await Host.FileAsync("inbox-1", text: "ไฟทางเดินหน้าอาคารดับทั้งแถว");
        var officer = await SignInAsAsync("officer.inbox", "Officer");

        var inbox = await officer.Http.GetStringAsync(new Uri("/desk", UriKind.Relative));
        Assert.Contains(filed.Reference, inbox, StringComparison.Ordinal);
        Assert.Contains("ทันเวลา", inbox, StringComparison.Ordinal);
        Assert.Contains("เหลือ 3 วันทำการ", inbox, StringComparison.Ordinal);

        var found = await officer.Http.GetStringAsync(new Uri("/desk?q=" + Uri.EscapeDataString("หน้าอาคาร"), UriKind.Relative));
        Assert.Contains(filed.Reference, found, StringComparison.Ordinal);
        var missed = await officer.Http.GetStringAsync(new Uri("/desk?q=" + Uri.EscapeDataString("ถนนพัง"), UriKind.Relative));
        Assert.DoesNotContain(filed.Reference, missed, StringComparison.Ordinal);

        // The following week the sign-in has expired; the officer signs in again and finds it overdue.
        Host.Time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SignInAsync("officer.inbox", DeskBrowser.NewUserPassword)).StatusCode);
        var overdue = await officer.Http.GetStringAsync(new Uri("/desk?view=Overdue", UriKind.Relative));
        Assert.Contains(filed.Reference, overdue, StringComparison.Ordinal);
        Assert.Contains("urgency-overdue", overdue, StringComparison.Ordinal);
        Assert.Contains("เกินกำหนด <span class=\"count\">(1)</span>", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledging_records_the_officer_and_a_stale_version_is_refused_with_the_latest_shown()
    {
        var filed = await Host.FileAsync("case-1");
        var officer = await SignInAsAsync("officer.ack", "Officer");
        var page = $"/desk/complaints/{filed.Id}";

        var acknowledged = await officer.PostFormAsync(page, page + "?handler=Acknowledge", new() { ["version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);

        var stale = await officer.PostFormAsync(page, page + "?handler=Note", new() { ["version"] = "1", ["note"] = "โทรแจ้งช่างแล้ว" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("มีผู้อื่นแก้ไขเรื่องนี้ก่อนท่าน", html, StringComparison.Ordinal);
        Assert.Contains("ตอบรับแล้ว", html, StringComparison.Ordinal);

        var timeline = await Host.TimelineAsync(filed.Id);
        var last = timeline.Entries[^1];
        Assert.Equal("ComplaintAcknowledged", last.What);
        Assert.Equal("officer.ack", last.By.Id);
        Assert.DoesNotContain(timeline.Entries, e => e.What == "note");
    }

    [Fact]
    public async Task An_officer_cannot_assign_but_a_supervisor_can()
    {
        var filed = await Host.FileAsync("case-2");
        var officer = await SignInAsAsync("officer.assign", "Officer");
        var supervisor = await SignInAsAsync("supervisor.assign", "Supervisor");
        var page = $"/desk/complaints/{filed.Id}";
        var assign = new Dictionary<string, string> { ["version"] = "1", ["officer"] = "officer.assign", ["unit"] = "สำนักประชาสัมพันธ์" };

        var refused = await officer.PostFormAsync(page, page + "?handler=Assign", new(assign));
        Assert.StartsWith("/desk/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"officer\"", await officer.Http.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Null((await Host.LoadAsync(filed.Id)).OfficerId);

        var done = await supervisor.PostFormAsync(page, page + "?handler=Assign", new(assign));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var complaint = await Host.LoadAsync(filed.Id);
        Assert.Equal("officer.assign", complaint.OfficerId);

        var mine = await officer.Http.GetStringAsync(new Uri("/desk?view=Mine", UriKind.Relative));
        Assert.Contains(filed.Reference, mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_is_previewed_as_text_before_it_is_sent_and_only_sending_records_it()
    {
        var filed = await Host.FileAsync("case-3");
        var officer = await SignInAsAsync("officer.reply", "Officer");
        var page = $"/desk/complaints/{filed.Id}";
        const string Reply = "เรียนคุณสมหญิง ช่างซ่อมไฟแล้ว <b>ขอบคุณครับ</b>";

        var preview = await officer.PostFormAsync(page, page + "?handler=Preview", new() { ["version"] = "1", ["reply"] = Reply });
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("ตัวอย่างข้อความที่ผู้ร้องจะเห็น", html, StringComparison.Ordinal);
        Assert.Contains("ผู้ร้องจะได้รับในเว็บแชตที่ส่งเรื่องมา", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"bubble\">คำตอบเรื่อง {filed.Reference}", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>ขอบคุณครับ</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain((await Host.TimelineAsync(filed.Id)).Entries, e => e.What == "replied");

        var sent = await officer.PostFormAsync(page, page + "?handler=Reply", new() { ["version"] = "1", ["reply"] = Reply });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var replied = (await Host.TimelineAsync(filed.Id)).Entries[^1];
        Assert.Equal(("replied", Reply, true), (replied.What, replied.Detail, replied.IsPublic));
        Assert.Equal(Reply, (await Host.LoadAsync(filed.Id)).LatestReply);
    }

    [Fact]
    public async Task An_officer_cannot_open_the_quarterly_report()
    {
        var officer = await SignInAsAsync("officer.report", "Officer");

        var response = await officer.Http.GetAsync(new Uri("/desk/reports?handler=Csv", UriKind.Relative));

        Assert.StartsWith("/desk/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private Task<DeskBrowser> SignInAsAsync(string name, string role) => DeskBrowser.AsNewUserAsync(Host.Factory, name, role);
}
