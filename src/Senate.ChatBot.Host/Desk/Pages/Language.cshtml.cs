using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>The Thai/English toggle: remembers the choice for a year and goes back to the page.</summary>
internal sealed class LanguageModel : PageModel
{
    public IActionResult OnPost(string? lang, string? returnUrl)
    {
        Response.Cookies.Append(DeskText.Cookie, lang == "en" ? "en" : "th", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/desk");
    }
}
