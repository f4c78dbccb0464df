using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>What keeps complaints and the desk's actions to the people entitled to them.</summary>
public sealed class DeskSecurityTests : DeskHostTest
{
    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_from_every_desk_page_and_cannot_act()
    {
        var filed = await Host.FileAsync("security-signed-out");
        var visitor = new DeskBrowser(Host.Factory);
        foreach (var path in new[]
        {
            "/desk", "/desk/today", "/desk/reports", "/desk/users", "/desk/admin/holidays", "/desk/admin/enrolment",
            "/desk/complaints/new", $"/desk/complaints/{filed.Id}", "/desk/me",
        })
        {
            using var response = await visitor.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/desk/login?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var note = await visitor.PostFormAsync("/desk/login", $"/desk/complaints/{filed.Id}?handler=Note", new() { ["version"] = "1", ["note"] = "x" });
        Assert.NotEqual(HttpStatusCode.OK, note.StatusCode);
        Assert.Single((await Host.TimelineAsync(filed.Id)).Entries);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_no_longer_opens_the_desk()
    {
        var officer = new DeskBrowser(Host.Factory);
        await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.copy", "Officer");
        using var signIn = await officer.SignInAsync("officer.copy", DeskBrowser.NewUserPassword);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("senate-desk=", StringComparison.Ordinal)).Split(';')[0];

        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(cookie, "/desk"));
        using var signOut = await officer.PostFormAsync("/desk", "/desk/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(cookie, "/desk"));
    }

    [Fact]
    public async Task A_disabled_officer_loses_the_desk_on_the_next_request()
    {
        var officer = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.leaving", "Officer");
        Assert.Equal(HttpStatusCode.OK, await officer.StatusOfAsync("/desk"));

        await Host.Get<DeskUsers>().SetDisabledAsync("officer.leaving", disabled: true, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Redirect, await officer.StatusOfAsync("/desk"));
    }

    [Fact]
    public async Task A_form_token_taken_from_one_user_does_not_work_with_another_users_cookie_nor_without_one()
    {
        var filed = await Host.FileAsync("security-csrf");
        var page = $"/desk/complaints/{filed.Id}";
        var first = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.first", "Officer");
        var second = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.second", "Officer");
        var firstToken = await first.TokenOfAsync(page);

        using var crossed = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = "1", ["note"] = "ผ่านคุกกี้ของคนอื่น", ["__RequestVerificationToken"] = firstToken,
        });
        using var withoutToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "1", ["note"] = "ไม่มีโทเคน" });

        Assert.Equal(HttpStatusCode.BadRequest, (await second.Http.PostAsync(new Uri(page + "?handler=Note", UriKind.Relative), crossed)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await first.Http.PostAsync(new Uri(page + "?handler=Note", UriKind.Relative), withoutToken)).StatusCode);
        Assert.Single((await Host.TimelineAsync(filed.Id)).Entries);
    }

    [Fact]
    public async Task Markup_in_a_complaint_or_a_search_is_shown_as_text_under_a_policy_that_runs_only_the_desks_scripts()
    {
        const string attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var filed = await Host.FileAsync("security-xss", text: "ลิฟต์เสีย " + attack);
        var officer = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.xss", "Officer");

        using var casePage = await officer.Http.GetAsync(new Uri($"/desk/complaints/{filed.Id}", UriKind.Relative));
        var html = await casePage.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", casePage.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var search = await officer.Http.GetStringAsync(new Uri("/desk?q=" + Uri.EscapeDataString(attack), UriKind.Relative));
        Assert.DoesNotContain("<script>alert", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_cannot_read_or_change_another_officers_case_by_its_id_and_does_not_see_it_listed()
    {
        var theirs = await Host.FileAsync("security-idor-theirs");
        var open = await Host.FileAsync("security-idor-unassigned");
        var owner = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.owner", "Officer");
        var other = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.other", "Officer");
        await Host.Get<ComplaintDesk>().AssignAsync(theirs.Id, 1, "officer.owner", "สมหญิง officer.owner", "ศูนย์รับเรื่อง", Actor.Supervisor("sup", "หัวหน้า"));
        var page = $"/desk/complaints/{theirs.Id}";

        Assert.Equal(HttpStatusCode.OK, await owner.StatusOfAsync(page));
        using var read = await other.Http.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("/desk/denied", read.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var change = await other.PostFormAsync($"/desk/complaints/{open.Id}", page + "?handler=Note", new() { ["version"] = "2", ["note"] = "แอบแก้" });
        Assert.Contains("/desk/denied", change.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2, (await Host.TimelineAsync(theirs.Id)).Entries.Count);

        var inbox = await other.Http.GetStringAsync(new Uri("/desk", UriKind.Relative));
        Assert.DoesNotContain(theirs.Reference, inbox, StringComparison.Ordinal);
        Assert.Contains(open.Reference, inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await other.StatusOfAsync($"/desk/complaints/{Guid.NewGuid()}"));
        Assert.Equal(HttpStatusCode.NotFound, await other.StatusOfAsync("/desk/complaints/1%20OR%201=1"));
    }

    private async Task<HttpStatusCode> WithCookieAsync(string cookie, string path)
    {
        using var client = Host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
