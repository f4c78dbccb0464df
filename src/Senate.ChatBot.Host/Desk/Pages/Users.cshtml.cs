using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>Administrators add desk users and disable or re-enable them (accounts are never deleted: the audit trail names them).</summary>
internal sealed class UsersModel(DeskUsers users, IOptions<DeskOptions> options) : PageModel
{
    public IReadOnlyList<DeskUser> All { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public int MinPasswordLength => options.Value.MinPasswordLength;

    public async Task OnGetAsync(CancellationToken cancellationToken) => All = await users.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string userName, string displayName, DeskRole role, string password, CancellationToken cancellationToken)
    {
        var created = await users.CreateAsync(userName ?? "", displayName ?? "", role, password ?? "", cancellationToken);
        Failed = created is null;
        Message = Failed ? "userRejected" : "userAdded";
        All = await users.ListAsync(cancellationToken);
        if (Failed)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostToggleAsync(string id, CancellationToken cancellationToken)
    {
        var user = (await users.ListAsync(cancellationToken)).FirstOrDefault(u => u.Id == id);
        if (user is not null && user.Id != User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value)
        {
            await users.SetDisabledAsync(user.Id, !user.Disabled, cancellationToken);
        }

        return RedirectToPage();
    }
}
