using System.Security.Claims;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.Host.Desk.Cases;

/// <summary>The signed-in desk user as the complaint audit trail names them.</summary>
internal static class DeskActor
{
    public static string Id(ClaimsPrincipal user) => user?.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "";

    public static bool IsSupervisor(ClaimsPrincipal user) =>
        user is not null && (user.IsInRole(nameof(DeskRole.Supervisor)) || user.IsInRole(nameof(DeskRole.Admin)));

    public static Actor Of(ClaimsPrincipal user)
    {
        var name = user?.FindFirst("name")?.Value ?? Id(user!);
        return IsSupervisor(user!) ? Actor.Supervisor(Id(user!), name) : Actor.Officer(Id(user!), name);
    }
}
