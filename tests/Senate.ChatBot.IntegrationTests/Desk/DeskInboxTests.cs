using System.Text.RegularExpressions;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>The inbox over more complaints than one page holds: pages, views, filters and the list its refresh script fetches.</summary>
public sealed partial class DeskInboxTests : DeskHostTest
{
    [Fact]
    public async Task Fifty_five_complaints_fill_two_pages_soonest_due_first_and_each_view_counts_its_own()
    {
        var filed = new List<FiledComplaint>();
        for (var i = 0; i < 55; i++)
        {
            filed.Add(await Host.FileAsync($"inbox-page-{i}", text: $"เรื่องที่ {i}"));
            Host.Time.Advance(TimeSpan.FromMinutes(20));
        }

        await Host.Get<ComplaintDesk>().EscalateAsync(filed[54].Id, 1, "ผู้ร้องโทรมาหลายครั้ง", Actor.Supervisor("sup", "หัวหน้า"));
        var supervisor = await DeskBrowser.AsNewUserAsync(Host.Factory, "supervisor.pages", "Supervisor");

        // Complaints filed the same day share a due moment; the reference breaks the tie.
        var expected = filed.OrderBy(f => f.DueAt).ThenBy(f => f.Reference, StringComparer.Ordinal).Select(f => f.Reference).ToList();
        var first = await supervisor.Http.GetStringAsync(new Uri("/desk", UriKind.Relative));
        var second = await supervisor.Http.GetStringAsync(new Uri("/desk?p=2", UriKind.Relative));
        Assert.Equal(expected[..50], References(first));
        Assert.Equal(expected[50..], References(second));
        Assert.Contains("หน้า 1 จาก 2", first, StringComparison.Ordinal);
        Assert.Contains("ทั้งหมด <span class=\"count\">(55)</span>", first, StringComparison.Ordinal);
        Assert.Contains("ส่งถึงหัวหน้างาน <span class=\"count\">(1)</span>", first, StringComparison.Ordinal);

        var escalated = await supervisor.Http.GetStringAsync(new Uri("/desk?view=Escalated", UriKind.Relative));
        Assert.Equal([filed[54].Reference], References(escalated));
        var suggestions = await supervisor.Http.GetStringAsync(new Uri("/desk?category=Suggestion", UriKind.Relative));
        Assert.Empty(References(suggestions));
        Assert.Contains("ทั้งหมด <span class=\"count\">(0)</span>", suggestions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_refresh_script_gets_the_list_alone_with_a_complaint_filed_since_the_page_was_opened()
    {
        var officer = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.live", "Officer");
        var before = await officer.Http.GetStringAsync(new Uri("/desk", UriKind.Relative));
        var filed = await Host.FileAsync("inbox-live");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/desk");
        request.Headers.Add("X-Desk-List", "1");
        using var response = await officer.Http.SendAsync(request);
        var list = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(filed.Reference, before, StringComparison.Ordinal);
        Assert.Equal([filed.Reference], References(list));
        Assert.DoesNotContain("<html", list, StringComparison.Ordinal);
        Assert.Contains("/js/desk-inbox.js", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_finds_an_escalation_and_an_officer_an_assignment_among_their_notices_until_marked_seen()
    {
        var supervisor = await DeskBrowser.AsNewUserAsync(Host.Factory, "supervisor.notices", "Supervisor");
        var officer = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.notices", "Officer");
        var filed = await Host.FileAsync("inbox-notices");
        var desk = Host.Get<ComplaintDesk>();
        var by = Actor.Supervisor("supervisor.notices", "หัวหน้า");
        await desk.AssignAsync(filed.Id, 1, "officer.notices", "สมหญิง", "ศูนย์รับเรื่อง", by);
        await desk.EscalateAsync(filed.Id, 2, "ผู้ร้องขอพบผู้บริหาร", Actor.Officer("officer.notices", "สมหญิง"));

        var supervisorInbox = await supervisor.Http.GetStringAsync(new Uri("/desk", UriKind.Relative));
        var officerInbox = await officer.Http.GetStringAsync(new Uri("/desk", UriKind.Relative));
        Assert.Contains($"เรื่อง {filed.Reference} (อาคารและการเข้าชม) ถูกส่งถึงหัวหน้างาน: ผู้ร้องขอพบผู้บริหาร", supervisorInbox, StringComparison.Ordinal);
        Assert.Contains($"ได้รับมอบหมายเรื่อง {filed.Reference}", officerInbox, StringComparison.Ordinal);
        Assert.DoesNotContain("ถูกส่งถึงหัวหน้างาน", officerInbox, StringComparison.Ordinal);

        using var seen = await supervisor.PostFormAsync("/desk", "/desk?handler=Seen", []);
        var after = await supervisor.Http.GetStringAsync(new Uri("/desk", UriKind.Relative));
        Assert.DoesNotContain("การแจ้งเตือนถึงท่าน", after, StringComparison.Ordinal);
        Assert.Contains("การแจ้งเตือนถึงท่าน", await officer.Http.GetStringAsync(new Uri("/desk", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static List<string> References(string html) => [.. Row().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr data-reference=\"([^\"]+)\"")]
    private static partial Regex Row();
}
