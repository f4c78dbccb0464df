using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Host.Desk.Cases;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>The inbox: open complaints soonest due first, with views, filters and a search.</summary>
internal sealed class IndexModel(DeskInbox inbox) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public InboxView View { get; set; }

    [BindProperty(SupportsGet = true)]
    public ComplaintStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public ComplaintChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public InboxPage Inbox { get; private set; } = new([], new Dictionary<InboxView, int>());

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Inbox = await inbox.ListAsync(new InboxFilter(View, Stage, Channel, Q), DeskActor.Id(User), cancellationToken);

    /// <summary>The link to another view keeping the other filters, so views and filters combine.</summary>
    public string LinkTo(InboxView view) => QueryString.Create(new Dictionary<string, string?>
    {
        ["view"] = view.ToString(),
        ["stage"] = Stage?.ToString(),
        ["channel"] = Channel?.ToString(),
        ["q"] = Q,
    }.Where(p => p.Value is not null)).ToUriComponent();
}
