using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Host.Channels.Line.AccountLink;

/// <summary>
/// Our login page in the account-link flow. The member proves who they are with their member number
/// and the one-time enrolment code from the Secretariat; then the browser goes on to LINE's
/// account-link page with the link token and a fresh nonce.
/// </summary>
internal static class LinkPageEndpoints
{
    public const string Path = "/line/link";
    public const string RateLimit = "line-link";

    public static void MapLinkPage(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup(Path).WithTags("LINE account link").ExcludeFromDescription();
        page.MapGet("", Show);
        page.MapPost("", SubmitAsync).RequireRateLimiting(RateLimit);
    }

    private static ContentHttpResult Show(HttpContext http, string? linkToken, IAntiforgery antiforgery) =>
        LinkPage.Render(linkToken, Token(http, antiforgery), error: null, StatusCodes.Status200OK);

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SubmitAsync(
        HttpContext http,
        [FromForm] LinkForm form,
        IAntiforgery antiforgery,
        EnrolmentCodes codes,
        LinkNonces nonces,
        IOptions<LineOptions> options,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.LinkToken))
        {
            return LinkPage.Render(null, Token(http, antiforgery), error: null, StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrWhiteSpace(form.MemberNumber) || string.IsNullOrWhiteSpace(form.Code) ||
            !await codes.RedeemAsync(form.MemberNumber, form.Code, cancellationToken))
        {
            return LinkPage.Render(form.LinkToken, Token(http, antiforgery),
                "หมายเลขสมาชิกหรือรหัสลงทะเบียนไม่ถูกต้อง หรือรหัสหมดอายุแล้ว กรุณาตรวจสอบอีกครั้ง หรือติดต่อสำนักงานเลขาธิการวุฒิสภาเพื่อขอรหัสใหม่",
                StatusCodes.Status400BadRequest);
        }

        var nonce = await nonces.CreateAsync(form.MemberNumber.Trim(), cancellationToken);
        var target = $"{options.Value.AccountLinkUrl}?linkToken={Uri.EscapeDataString(form.LinkToken)}&nonce={Uri.EscapeDataString(nonce)}";
        return TypedResults.Redirect(target);
    }

    private static string Token(HttpContext http, IAntiforgery antiforgery) => antiforgery.GetAndStoreTokens(http).RequestToken!;

    internal sealed record LinkForm(string? LinkToken, string? MemberNumber, string? Code);
}
