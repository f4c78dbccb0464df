using System.Net;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Host.Desk.Users;
using Senate.ChatBot.IntegrationTests.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>Only administrators reach the holiday and enrolment pages, and only with the form's antiforgery token.</summary>
public sealed class DeskAdminAccessTests : IAsyncLifetime
{
    private const string OfficerPassword = "officer password 123";
    private readonly ClockedHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/desk/admin/holidays", "/desk/admin/holidays")]
    [InlineData("/desk/admin/enrolment", "/desk/admin/enrolment?handler=Issue")]
    public async Task An_officer_is_denied_the_page_and_its_form(string page, string action)
    {
        Assert.NotNull(await _host.Get<DeskUsers>().CreateAsync("officer.admin", "สมหญิง ใจดี", DeskRole.Officer, OfficerPassword, default));
        var officer = new DeskBrowser(_host.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SignInAsync("officer.admin", OfficerPassword)).StatusCode);

        var opened = await officer.Http.GetAsync(new Uri(page, UriKind.Relative));
        var posted = await officer.PostFormAsync("/desk", action, new()
        {
            ["Date"] = "2026-11-04", ["IsHoliday"] = "true", ["Thai"] = "วันหยุด", ["memberNumber"] = "42",
        });

        Assert.StartsWith("/desk/denied", opened.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/desk/denied", posted.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await officer.StatusOfAsync(opened.Headers.Location.PathAndQuery));
        Assert.DoesNotContain("/desk/admin/", await officer.Http.GetStringAsync(new Uri("/desk", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Empty(await _host.Get<BusinessCalendars>().OverridesAsync());
        Assert.Empty(await _host.Get<EnrolmentCodes>().OutstandingAsync());
    }

    [Theory]
    [InlineData("/desk/admin/holidays")]
    [InlineData("/desk/admin/enrolment?handler=Issue")]
    public async Task A_post_without_the_antiforgery_token_is_refused(string action)
    {
        var admin = new DeskBrowser(_host.Factory);
        await admin.SignInAsync(TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);
        Assert.Contains("/desk/admin/holidays", await admin.Http.GetStringAsync(new Uri("/desk", UriKind.Relative)), StringComparison.Ordinal);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Date"] = "2026-11-04", ["IsHoliday"] = "true", ["Thai"] = "วันหยุด", ["memberNumber"] = "42",
        });

        var response = await admin.Http.PostAsync(new Uri(action, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _host.Get<BusinessCalendars>().OverridesAsync());
    }
}
