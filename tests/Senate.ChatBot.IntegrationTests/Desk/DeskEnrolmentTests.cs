using System.Net;
using System.Text.RegularExpressions;
using Marten;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.IntegrationTests.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>The enrolment code page: a code is shown once, works for the senator, and leaves the list when used or revoked.</summary>
public sealed partial class DeskEnrolmentTests : IAsyncLifetime
{
    private const string Page = "/desk/admin/enrolment";
    private const string Member = "42";
    private readonly ClockedHost _host = new();
    private DeskBrowser _admin = null!;

    public async Task InitializeAsync()
    {
        await using (var session = _host.Get<IDocumentStore>().LightweightSession())
        {
            session.Store(
                new MemberRecord { Id = Member, ThaiName = "นายสมชาย ใจดี", EnglishName = "Mr Somchai Jaidee" },
                new MemberRecord { Id = "7", ThaiName = "นางสาวสมหญิง รักดี", EnglishName = "Ms Somying Rakdee" });
            await session.SaveChangesAsync();
        }

        _admin = new DeskBrowser(_host.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.SignInAsync(TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword)).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_issued_code_is_shown_once_with_its_expiry_and_redeeming_it_clears_the_list()
    {
        var form = await ListAsync();
        Assert.True(form.IndexOf("7 — นางสาวสมหญิง รักดี", StringComparison.Ordinal) < form.IndexOf("42 — นายสมชาย ใจดี", StringComparison.Ordinal), "members in number order");

        var issued = await IssueAsync(Member);

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.True(issued.Headers.CacheControl!.NoStore);
        var html = await issued.Content.ReadAsStringAsync();
        Assert.Contains("รหัสของสมาชิกหมายเลข 42 นายสมชาย ใจดี", html, StringComparison.Ordinal);
        Assert.Contains("ใช้ได้ถึง วันจันทร์ที่ 9 พฤศจิกายน 2569 เวลา 09.00 น.", html, StringComparison.Ordinal);
        var code = ShownCode().Match(html).Groups[1].Value;
        Assert.Matches("^[A-Z2-9]{5}-[A-Z2-9]{5}$", code);

        var listed = await ListAsync();
        Assert.DoesNotContain(code, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), listed, StringComparison.Ordinal);
        Assert.Contains("ยกเลิกรหัสของสมาชิกหมายเลข 42", listed, StringComparison.Ordinal);

        Assert.True(await _host.Get<EnrolmentCodes>().RedeemAsync(Member, code));
        var after = await ListAsync();
        Assert.Contains("ไม่มีรหัสที่ยังไม่ได้ใช้", after, StringComparison.Ordinal);
        Assert.DoesNotContain("ยกเลิกรหัสของสมาชิกหมายเลข 42", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_code_leaves_the_list_and_no_longer_links()
    {
        var code = ShownCode().Match(await (await IssueAsync(Member)).Content.ReadAsStringAsync()).Groups[1].Value;

        var revoked = await _admin.PostFormAsync(Page, Page + "?handler=Revoke", new() { ["memberNumber"] = Member });

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var html = await revoked.Content.ReadAsStringAsync();
        Assert.Contains("ยกเลิกรหัสแล้ว", html, StringComparison.Ordinal);
        Assert.Contains("ไม่มีรหัสที่ยังไม่ได้ใช้", html, StringComparison.Ordinal);
        Assert.False(await _host.Get<EnrolmentCodes>().RedeemAsync(Member, code));
    }

    [Fact]
    public async Task A_member_number_not_in_the_members_store_gets_no_code()
    {
        var refused = await IssueAsync("999");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("ไม่พบหมายเลขสมาชิกนี้", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _host.Get<EnrolmentCodes>().OutstandingAsync());
    }

    private Task<HttpResponseMessage> IssueAsync(string member) =>
        _admin.PostFormAsync(Page, Page + "?handler=Issue", new() { ["memberNumber"] = member });

    private Task<string> ListAsync() => _admin.Http.GetStringAsync(new Uri(Page, UriKind.Relative));

    [GeneratedRegex("<strong class=\"code\" lang=\"en\">([A-Z0-9-]+)</strong>")]
    private static partial Regex ShownCode();
}
