namespace Senate.ChatBot.Features.Complaints;

/// <summary>
/// The desk's commands on one complaint. Each takes the version the officer was looking at: if
/// someone else changed the complaint meanwhile, <see cref="ComplaintChangedException"/> says so
/// instead of acting on a stale picture. Each returns the complaint as it now is.
/// </summary>
public sealed class ComplaintDesk(ComplaintWriter writer)
{
    public Task<Complaint> AcknowledgeAsync(Guid id, long version, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Acknowledge(c, by), cancellationToken);

    public Task<Complaint> AssignAsync(Guid id, long version, string officerId, string officerName, string unit, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Assign(c, officerId, officerName, unit, by), cancellationToken);

    public Task<Complaint> AddNoteAsync(Guid id, long version, string text, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Note(c, text, by), cancellationToken);

    public Task<Complaint> RequestInformationAsync(Guid id, long version, string question, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.RequestInformation(c, question, by), cancellationToken);

    /// <summary>The desk records an answer that came by phone or letter; chat answers come through <see cref="CitizenComplaints"/>.</summary>
    public Task<Complaint> ReceiveInformationAsync(Guid id, long version, string answer, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Resume(c, answer, by), cancellationToken);

    public Task<Complaint> ReplyAsync(Guid id, long version, string text, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Reply(c, text, by), cancellationToken);

    public Task<Complaint> ForwardAsync(Guid id, long version, string workingGroup, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Forward(c, workingGroup, by), cancellationToken);

    public Task<Complaint> EscalateAsync(Guid id, long version, string reason, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Escalate(c, reason, by), cancellationToken);

    public Task<Complaint> ResolveAsync(Guid id, long version, ComplaintOutcome outcome, string? summary, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Resolve(c, outcome, summary, by), cancellationToken);

    public Task<Complaint> ReopenAsync(Guid id, long version, string reason, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Reopen(c, reason, by), cancellationToken);

    /// <summary>Feedback the complainant gave by phone or letter; chat ratings come through <see cref="CitizenComplaints"/>.</summary>
    public Task<Complaint> GiveFeedbackAsync(Guid id, long version, int stars, string? comment, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, version, c => ComplaintRules.Rate(c, stars, comment, by), cancellationToken);

    private Task<Complaint> Change(Guid id, long version, Func<ComplaintChange, IComplaintEvent> decide, CancellationToken cancellationToken) =>
        writer.ChangeAsync(id, version, change => [decide(change)], cancellationToken);
}
