using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Host.Desk.Cases;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>
/// One complaint: its text, contact, attachments and timeline, and the desk's actions. Every form
/// carries the version the officer saw, so a change made meanwhile is shown rather than overwritten.
/// </summary>
internal sealed class CaseModel(IDocumentStore store, ComplaintDesk desk, DeskUsers users, AttachmentStore attachments) : PageModel
{
    public Complaint Complaint { get; private set; } = null!;

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public IReadOnlyList<DeskUser> Staff { get; private set; } = [];

    public IReadOnlyList<AttachmentInfo> Files { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public string? ReplyPreview { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Message = done is null ? null : "done";
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, long version, CancellationToken ct) =>
        Act(id, () => desk.AcknowledgeAsync(id, version, DeskActor.Of(User), ct), ct);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, long version, string officer, string unit, CancellationToken ct)
    {
        // Assigning is a supervisor's decision; officers see no form, and a forged post is refused here.
        if (!DeskActor.IsSupervisor(User))
        {
            return Forbid();
        }

        var user = (await users.ListAsync(ct)).FirstOrDefault(u => u.Id == officer && !u.Disabled);
        return user is null
            ? BadRequest()
            : await Act(id, () => desk.AssignAsync(id, version, user.Id, user.DisplayName, unit ?? "", DeskActor.Of(User), ct), ct);
    }

    public Task<IActionResult> OnPostNoteAsync(Guid id, long version, string note, CancellationToken ct) =>
        Act(id, () => desk.AddNoteAsync(id, version, note ?? "", DeskActor.Of(User), ct), ct);

    public Task<IActionResult> OnPostRequestAsync(Guid id, long version, string question, CancellationToken ct) =>
        Act(id, () => desk.RequestInformationAsync(id, version, question ?? "", DeskActor.Of(User), ct), ct);

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, string reply, CancellationToken ct)
    {
        ReplyPreview = reply;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostReplyAsync(Guid id, long version, string reply, CancellationToken ct) =>
        Act(id, () => desk.ReplyAsync(id, version, reply ?? "", DeskActor.Of(User), ct), ct);

    public Task<IActionResult> OnPostForwardAsync(Guid id, long version, string workingGroup, CancellationToken ct) =>
        Act(id, () => desk.ForwardAsync(id, version, workingGroup ?? "", DeskActor.Of(User), ct), ct);

    public Task<IActionResult> OnPostEscalateAsync(Guid id, long version, string reason, CancellationToken ct) =>
        Act(id, () => desk.EscalateAsync(id, version, reason ?? "", DeskActor.Of(User), ct), ct);

    /// <summary>The complainant's answer that came by phone or letter; the clock runs again.</summary>
    public Task<IActionResult> OnPostReceiveAsync(Guid id, long version, string answer, CancellationToken ct) =>
        Act(id, () => desk.ReceiveInformationAsync(id, version, answer ?? "", DeskActor.Of(User), ct), ct);

    /// <summary>The complainant's rating given by phone; a missing rating binds as 0 and the rule refuses it.</summary>
    public Task<IActionResult> OnPostFeedbackAsync(Guid id, long version, int stars, string? comment, CancellationToken ct) =>
        Act(id, () => desk.GiveFeedbackAsync(id, version, stars, comment, DeskActor.Of(User), ct), ct);

    public Task<IActionResult> OnPostResolveAsync(Guid id, long version, ComplaintOutcome outcome, string? summary, CancellationToken ct) =>
        Act(id, () => desk.ResolveAsync(id, version, outcome, summary, DeskActor.Of(User), ct), ct);

    public Task<IActionResult> OnPostReopenAsync(Guid id, long version, string reason, CancellationToken ct) =>
        Act(id, () => desk.ReopenAsync(id, version, reason ?? "", DeskActor.Of(User), ct), ct);

    /// <summary>Officers work unassigned cases and their own: another officer's case is refused for every handler, by id.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!DeskActor.IsSupervisor(User) && context.HandlerArguments.TryGetValue("id", out var value) && value is Guid id)
        {
            await using var session = store.QuerySession();
            if (await session.LoadAsync<Complaint>(id, HttpContext.RequestAborted) is { OfficerId: { } owner } && owner != DeskActor.Id(User))
            {
                context.Result = Forbid();
                return;
            }
        }

        await next();
    }

    private async Task<IActionResult> Act(Guid id, Func<Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return RedirectToPage(new { id, done = "1" });
        }
        catch (ComplaintChangedException)
        {
            (Message, Failed) = ("changed", true);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (ComplaintRuleException)
        {
            (Message, Failed) = ("notAllowed", true);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ComplaintNotFoundException)
        {
            return NotFound();
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var complaint = await session.LoadAsync<Complaint>(id, cancellationToken);
        if (complaint is null)
        {
            return false;
        }

        Complaint = complaint;
        Timeline = (await session.LoadAsync<ComplaintTimeline>(id, cancellationToken))?.Entries ?? [];
        Staff = DeskActor.IsSupervisor(User) ? await users.ListAsync(cancellationToken) : [];
        Files = await attachments.DescribeAsync(complaint.Attachments, cancellationToken);
        return true;
    }
}
