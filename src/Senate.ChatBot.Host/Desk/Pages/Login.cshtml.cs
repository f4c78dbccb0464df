using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.Host.Desk.Pages;

[EnableRateLimiting(DeskSetup.SignInRateLimit)]
internal sealed class LoginModel(DeskUsers users) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await users.VerifyAsync(UserName, Password, cancellationToken);
        if (result.User is not { } user)
        {
            Error = result.IsLockedOut ? "lockedOut" : "wrongPassword";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim("name", user.DisplayName), new Claim(ClaimTypes.Role, user.Role.ToString())],
            CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.NameIdentifier, ClaimTypes.Role);
        await HttpContext.SignInAsync(new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/desk");
    }
}
