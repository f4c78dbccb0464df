using System.Net;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>The case page's escalation, answers and ratings taken by phone: each is recorded once, never over a newer picture.</summary>
public sealed class DeskCaseActionTests : DeskHostTest
{
    private const string Changed = "มีผู้อื่นแก้ไขเรื่องนี้ก่อนท่าน";
    [Fact]
    public async Task Escalating_records_the_reason_once_and_a_stale_version_is_refused()
    {
        var filed = await Host.FileAsync("escalate-1");
        var officer = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.escalate", "Officer");
        var page = $"/desk/complaints/{filed.Id}";
        Assert.Contains("id=\"escalate-reason\"", await officer.Http.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);

        var escalated = await officer.PostFormAsync(page, page + "?handler=Escalate", new() { ["version"] = "1", ["reason"] = "ผู้ร้องขอพบหัวหน้างาน" });
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);
        var last = (await Host.TimelineAsync(filed.Id)).Entries[^1];
        Assert.Equal(("escalated", "ผู้ร้องขอพบหัวหน้างาน", "officer.escalate"), (last.What, last.Detail, last.By.Id));
        Assert.True((await Host.LoadAsync(filed.Id)).Escalated);

        var stale = await officer.PostFormAsync(page, page + "?handler=Escalate", new() { ["version"] = "1", ["reason"] = "อีกครั้ง" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains(Changed, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"escalate-reason\"", html, StringComparison.Ordinal);
        Assert.Single((await Host.TimelineAsync(filed.Id)).Entries, e => e.What == "escalated");
    }

    [Fact]
    public async Task An_answer_by_phone_is_recorded_only_while_the_case_awaits_information()
    {
        var filed = await Host.FileAsync("answer-1");
        var officer = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.answer", "Officer");
        var page = $"/desk/complaints/{filed.Id}";
        Assert.DoesNotContain("name=\"answer\"", await officer.Http.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
        var early = await officer.PostFormAsync(page, page + "?handler=Receive", new() { ["version"] = "1", ["answer"] = "บ้านเลขที่ 12" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("ทำรายการนี้ไม่ได้", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Host.Get<ComplaintDesk>().RequestInformationAsync(filed.Id, 1, "ขอบ้านเลขที่ที่ไฟดับ", Actor.Officer("officer.answer", "สมหญิง"));
        var paused = await officer.Http.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("name=\"answer\"", paused, StringComparison.Ordinal);
        Assert.Contains("ขอบ้านเลขที่ที่ไฟดับ", paused, StringComparison.Ordinal);

        var stale = await officer.PostFormAsync(page, page + "?handler=Receive", new() { ["version"] = "1", ["answer"] = "บ้านเลขที่ 12" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(Changed, await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var received = await officer.PostFormAsync(page, page + "?handler=Receive", new() { ["version"] = "2", ["answer"] = "บ้านเลขที่ 12" });
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var last = (await Host.TimelineAsync(filed.Id)).Entries[^1];
        Assert.Equal(("information-received", "บ้านเลขที่ 12"), (last.What, last.Detail));
        Assert.False((await Host.LoadAsync(filed.Id)).IsPaused);
    }

    [Fact]
    public async Task A_rating_by_phone_is_recorded_on_a_resolved_case_only()
    {
        var filed = await Host.FileAsync("rating-1");
        var officer = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.rating", "Officer");
        var page = $"/desk/complaints/{filed.Id}";
        Assert.DoesNotContain("name=\"stars\"", await officer.Http.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);

        await Host.Get<ComplaintDesk>().ResolveAsync(filed.Id, 1, ComplaintOutcome.Answered, null, Actor.Officer("officer.rating", "สมหญิง"));
        Assert.Contains("name=\"stars\"", await officer.Http.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);

        var stale = await officer.PostFormAsync(page, page + "?handler=Feedback", new() { ["version"] = "1", ["stars"] = "4" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(Changed, await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unrated = await officer.PostFormAsync(page, page + "?handler=Feedback", new() { ["version"] = "2" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unrated.StatusCode);

        var rated = await officer.PostFormAsync(page, page + "?handler=Feedback", new() { ["version"] = "2", ["stars"] = "4", ["comment"] = "ช่างมาเร็ว" });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        var last = (await Host.TimelineAsync(filed.Id)).Entries[^1];
        Assert.Equal(("feedback", "4/5 ช่างมาเร็ว", "officer.rating"), (last.What, last.Detail, last.By.Id));
        Assert.Equal(4, (await Host.LoadAsync(filed.Id)).Stars);
        Assert.DoesNotContain("name=\"stars\"", await officer.Http.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
    }
}
