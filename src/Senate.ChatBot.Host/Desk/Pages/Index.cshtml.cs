using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Notifications;
using Senate.ChatBot.Host.Desk.Cases;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>The inbox: open complaints soonest due first, with views, filters, a search and pages.</summary>
internal sealed class IndexModel(DeskInbox inbox, ComplaintNotifications notifications) : PageModel
{
    /// <summary>The header the inbox's refresh script sends to get the list alone, without the page around it.</summary>
    public const string ListOnlyHeader = "X-Desk-List";

    [BindProperty(SupportsGet = true)]
    public InboxView View { get; set; }

    [BindProperty(SupportsGet = true)]
    public ComplaintStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public ComplaintChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public ComplaintCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"p", not "page": Razor Pages keeps the "page" route value for the page's own path.</summary>
    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public InboxPage Inbox { get; private set; } = new([], new Dictionary<InboxView, int>(), 1, 1);

    /// <summary>Assignments, warnings and escalations for this user not yet marked seen, newest first.</summary>
    public IReadOnlyList<ComplaintNotification> Notices { get; private set; } = [];

    /// <summary>How many notices <see cref="Notices"/> shows at most; the count says how many there are.</summary>
    public const int NoticesShown = 10;

    public int NoticeCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Inbox = await inbox.ListAsync(new InboxFilter(View, Stage, Channel, Category, Q, PageNumber), User, cancellationToken);
        (Notices, NoticeCount) = await notifications.NewestPendingForAsync(
            ComplaintNotification.DeskChannel, DeskActor.Id(User), NoticesShown, cancellationToken);
        return Request.Headers.ContainsKey(ListOnlyHeader) ? Partial("_InboxList", this) : Page();
    }

    public async Task<IActionResult> OnPostSeenAsync(CancellationToken cancellationToken)
    {
        var pending = await notifications.PendingForAsync(ComplaintNotification.DeskChannel, DeskActor.Id(User), cancellationToken);
        await notifications.MarkDeliveredAsync(pending.Select(n => n.Id), cancellationToken);
        return Redirect(LinkTo(View));
    }

    /// <summary>The link to another view or page keeping the other filters, so views and filters combine.</summary>
    public string LinkTo(InboxView view, int page = 1) => "/desk" + QueryString.Create(new Dictionary<string, string?>
    {
        ["view"] = view.ToString(),
        ["stage"] = Stage?.ToString(),
        ["channel"] = Channel?.ToString(),
        ["category"] = Category?.ToString(),
        ["q"] = Q,
        ["p"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    }.Where(p => p.Value is not null)).ToUriComponent();
}
