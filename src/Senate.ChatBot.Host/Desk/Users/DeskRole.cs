namespace Senate.ChatBot.Host.Desk.Users;

/// <summary>What a desk user may do: officers work cases, supervisors also assign and get escalations, admins run the desk.</summary>
internal enum DeskRole
{
    Officer,
    Supervisor,
    Admin,
}

internal static class DeskPolicies
{
    public const string Staff = "desk-staff";
    public const string Supervisor = "desk-supervisor";
    public const string Admin = "desk-admin";
}
