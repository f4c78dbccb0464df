using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Senate.ChatBot.Host.Desk.Pages;

internal sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/desk");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync();
        return LocalRedirect("/desk/login");
    }
}
