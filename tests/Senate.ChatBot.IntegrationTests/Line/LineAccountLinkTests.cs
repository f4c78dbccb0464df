using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.IntegrationTests.Line;

public sealed partial class LineAccountLinkTests
{
    private const string Member = "042";

    [Fact]
    public async Task Member_links_with_number_and_code_and_gets_the_senator_menu()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();

        var lineAccountLinkPage = await LogInAsync(host, user, await host.Get<EnrolmentCodes>().IssueAsync(Member));
        await FollowToLineAsync(lineAccountLinkPage);

        var answers = await host.Fake.WaitForMessagesAsync(user, 2);
        Assert.Contains("เรียบร้อย", (string?)answers[^1].Message["text"], StringComparison.Ordinal);
        Assert.Equal(Member, await host.Get<MemberLinks>().FindMemberAsync(user));
        await AssertMenuAsync(host, user, "senate-senator");
    }

    [Fact]
    public async Task Wrong_code_is_refused_on_the_login_page()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        await host.Get<EnrolmentCodes>().IssueAsync(Member);

        var page = await OpenLoginPageAsync(host, user);
        using var response = await SubmitAsync(host, page, Member, "WRONGCODE1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await host.Get<MemberLinks>().FindMemberAsync(user));
    }

    [Fact]
    public async Task Expired_nonce_does_not_link()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var lineAccountLinkPage = await LogInAsync(host, user, await host.Get<EnrolmentCodes>().IssueAsync(Member));

        await host.ScalarAsync<object>("update {schema}.line_link_nonce set expires_at = now() - interval '1 minute'");
        await FollowToLineAsync(lineAccountLinkPage);

        var answers = await host.Fake.WaitForMessagesAsync(user, 2);
        Assert.Contains("ไม่สำเร็จ", (string?)answers[^1].Message["text"], StringComparison.Ordinal);
        Assert.Null(await host.Get<MemberLinks>().FindMemberAsync(user));
    }

    [Fact]
    public async Task Replayed_nonce_does_not_link_a_second_account()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        var intruder = host.NewFriend();
        var lineAccountLinkPage = await LogInAsync(host, user, await host.Get<EnrolmentCodes>().IssueAsync(Member));
        await FollowToLineAsync(lineAccountLinkPage);
        await host.Fake.WaitForMessagesAsync(user, 2);
        var nonce = Uri.UnescapeDataString(NonceParameter().Match(lineAccountLinkPage.Query).Groups[1].Value);

        await host.SendOkAsync(LineEvents.AccountLink(LineEvents.UserSource(intruder), "ok", nonce, host.Fake.NewReplyToken(intruder), DateTimeOffset.UtcNow));

        var answer = Assert.Single(await host.Fake.WaitForMessagesAsync(intruder, 1));
        Assert.Contains("ไม่สำเร็จ", (string?)answer.Message["text"], StringComparison.Ordinal);
        Assert.Null(await host.Get<MemberLinks>().FindMemberAsync(intruder));
        Assert.Equal(Member, await host.Get<MemberLinks>().FindMemberAsync(user));
    }

    [Fact]
    public async Task Unlink_removes_the_link_and_restores_the_public_menu()
    {
        await using var host = await LineHost.StartAsync();
        var user = host.NewFriend();
        await FollowToLineAsync(await LogInAsync(host, user, await host.Get<EnrolmentCodes>().IssueAsync(Member)));
        await host.Fake.WaitForMessagesAsync(user, 2);

        await host.SendOkAsync(host.Fake.UserText(user, "ยกเลิกการเชื่อมบัญชี"));

        var answers = await host.Fake.WaitForMessagesAsync(user, 3);
        Assert.Contains("ยกเลิกการเชื่อมบัญชีสมาชิกแล้ว", (string?)answers[^1].Message["text"], StringComparison.Ordinal);
        Assert.Null(await host.Get<MemberLinks>().FindMemberAsync(user));
        await AssertMenuAsync(host, user, "senate-public");
    }

    [Fact]
    public async Task An_enrolment_code_works_once()
    {
        await using var host = await LineHost.StartAsync();
        var codes = host.Get<EnrolmentCodes>();
        var code = await codes.IssueAsync(Member);

        Assert.True(await codes.RedeemAsync(Member, code.ToLowerInvariant()));
        Assert.False(await codes.RedeemAsync(Member, code));
    }

    /// <summary>Asks the bot to link, opens the login page from its button, submits number and code; returns LINE's link page address.</summary>
    private static async Task<Uri> LogInAsync(LineHost host, string user, string code)
    {
        using var response = await SubmitAsync(host, await OpenLoginPageAsync(host, user), Member, code);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(host.Fake.AccountLinkUrl, location.ToString(), StringComparison.Ordinal);
        Assert.True(Uri.UnescapeDataString(NonceParameter().Match(location.Query).Groups[1].Value).Length >= 22, "the nonce carries at least 128 bits");
        return location;
    }

    private static async Task<(Uri Address, string Html)> OpenLoginPageAsync(LineHost host, string user)
    {
        await host.SendOkAsync(host.Fake.UserText(user, "เชื่อมบัญชีสมาชิก"));
        var card = (await host.Fake.WaitForMessagesAsync(user, 1))[0].Message;
        Assert.Equal("flex", (string?)card["type"]);
        var address = new Uri(Uris(card).Single());
        return (address, await host.Client.GetStringAsync(address));
    }

    private static Task<HttpResponseMessage> SubmitAsync(LineHost host, (Uri Address, string Html) page, string member, string code)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Field("__RequestVerificationToken", page.Html)),
            ["linkToken"] = WebUtility.HtmlDecode(Field("linkToken", page.Html)),
            ["memberNumber"] = member,
            ["code"] = code,
        };
        return host.Client.PostAsync(new Uri(page.Address.GetLeftPart(UriPartial.Path)), new FormUrlEncodedContent(form));
    }

    private static async Task FollowToLineAsync(Uri lineAccountLinkPage)
    {
        using var browser = new HttpClient();
        using var response = await browser.GetAsync(lineAccountLinkPage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertMenuAsync(LineHost host, string user, string menuName) =>
        await LineHost.EventuallyAsync(() =>
        {
            lock (host.Fake.State.Gate)
            {
                return Task.FromResult(host.Fake.State.UserRichMenus.TryGetValue(user, out var id) &&
                    ((string?)host.Fake.State.RichMenus[id]["name"])!.StartsWith(menuName, StringComparison.Ordinal));
            }
        }, $"the user has the {menuName} menu");

    private static string Field(string name, string html) =>
        Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;

    private static IEnumerable<string> Uris(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "uri" => [(string)o["uri"]!],
        JsonObject o => o.SelectMany(p => Uris(p.Value)),
        JsonArray a => a.SelectMany(Uris),
        _ => [],
    };

    [GeneratedRegex("nonce=([^&]+)")]
    private static partial Regex NonceParameter();
}
