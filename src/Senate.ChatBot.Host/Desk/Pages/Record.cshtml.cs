using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Host.Desk.Cases;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>
/// The desk records a complaint that came by phone, letter, a member of staff, an executive or
/// Facebook. It enters the same register, so the same answer clock starts at once.
/// </summary>
internal sealed class RecordModel(ComplaintRegister register) : PageModel
{
    /// <summary>The channels the bot does not file itself.</summary>
    public static IReadOnlyList<ComplaintChannel> Channels { get; } =
        [.. Enum.GetValues<ComplaintChannel>().Where(c => !c.IsChat())];

    /// <summary>Made when the form is shown, so a double click or a resent form files the complaint once.</summary>
    [BindProperty]
    public Guid FormId { get; set; }

    [BindProperty]
    public ComplaintChannel Channel { get; set; } = ComplaintChannel.CallCentre;

    [BindProperty]
    public ComplaintCategory Category { get; set; }

    [BindProperty]
    public string Subject { get; set; } = "";

    [BindProperty]
    public string Text { get; set; } = "";

    [BindProperty]
    public bool Anonymous { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public bool Failed { get; private set; }

    public void OnGet() => FormId = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Channels.Contains(Channel) || FormId == Guid.Empty)
        {
            return BadRequest();
        }

        var contact = Anonymous || (string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email))
            ? null
            : new Contact(Name?.Trim(), Phone?.Trim(), Email?.Trim());
        try
        {
            var filed = await register.FileAsync(
                new NewComplaint(Channel, Category, Subject ?? "", Text ?? "", [], contact, ReplyTo: null, Anonymous, Consent: null),
                $"desk:{FormId:N}", DeskActor.Of(User), cancellationToken);
            return Redirect($"/desk/complaints/{filed.Id}");
        }
        catch (ComplaintRuleException)
        {
            Failed = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
