namespace Senate.ChatBot.Features.Complaints.Notifications;

/// <summary>
/// Someone who works the complaint inbox. Supervisors get every warning and escalation; an officer
/// gets those of the complaints assigned to them. <see cref="LineUserId"/> is set when they linked
/// LINE, and then warnings are pushed there too.
/// </summary>
public sealed record DeskStaffMember(string Id, string Name, string Unit, bool IsSupervisor, string? LineUserId);
