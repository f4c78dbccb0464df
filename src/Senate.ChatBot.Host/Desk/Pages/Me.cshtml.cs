using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Host.Desk.Cases;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>The signed-in user's own account: whether their desk notices also reach their LINE, and linking or unlinking it.</summary>
internal sealed class MeModel(DeskUsers users, StaffLineLink link) : PageModel
{
    public DeskUser? Account { get; private set; }

    /// <summary>The code just issued, shown once on the answer to the post that asked for it.</summary>
    public string? Code { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Account = await users.FindAsync(DeskActor.Id(User), cancellationToken);

    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        Code = await link.IssueAsync(DeskActor.Id(User));
        Response.Headers.CacheControl = "no-store";
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(CancellationToken cancellationToken)
    {
        await link.UnlinkAsync(DeskActor.Id(User), cancellationToken);
        return RedirectToPage();
    }
}
