using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Host.Desk.Admin;

namespace Senate.ChatBot.Host.Desk.Pages.Admin;

/// <summary>
/// Administrators issue a senator's one-time enrolment code for linking their LINE account, see
/// which codes are still outstanding, and revoke them. A code is shown once, on the answer to the
/// issuing post, and never again: only its hash is stored.
/// </summary>
internal sealed class EnrolmentModel(EnrolmentCodes codes, MemberRecords members, ILogger<EnrolmentModel> logger) : PageModel
{
    public IReadOnlyList<MemberName> Members { get; private set; } = [];

    public IReadOnlyList<OutstandingCode> Outstanding { get; private set; } = [];

    public IssuedCode? Issued { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public MemberName? Member(string number) => Members.FirstOrDefault(m => m.Number == number);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(string? memberNumber, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Member(memberNumber?.Trim() ?? "") is not { } member)
        {
            DeskAdminLog.CodeRefused(logger);
            (Message, Failed) = ("memberUnknown", true);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var code = await codes.IssueAsync(member.Number, cancellationToken: cancellationToken);
        DeskAdminLog.CodeIssued(logger);
        await LoadAsync(cancellationToken);
        // Issuing revokes the member's other codes, so the latest outstanding one is this; none means another administrator's issue just revoked it.
        if (Outstanding.Where(c => c.MemberNumber == member.Number).MaxBy(c => c.IssuedAt) is { } issued)
        {
            Issued = new IssuedCode(member, IssuedCode.Grouped(code), issued.ExpiresAt);
        }
        else
        {
            Message = "codeRevoked";
        }

        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? memberNumber, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(memberNumber))
        {
            await codes.RevokeAsync(memberNumber, cancellationToken);
            DeskAdminLog.CodeRevoked(logger);
            Message = "codeRevoked";
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Members = await members.NamesAsync(cancellationToken);
        Outstanding = await codes.OutstandingAsync(cancellationToken);
    }
}

/// <summary>A code just issued, as the administrator reads it out or writes it down.</summary>
internal sealed record IssuedCode(MemberName Member, string Code, DateTimeOffset ExpiresAt)
{
    /// <summary>"ABCDE-FGHJK": halves are easier to read aloud; redeeming ignores the dash.</summary>
    public static string Grouped(string code) => code.Length > 5 ? $"{code[..5]}-{code[5..]}" : code;
}
