using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Host.Desk.Cases;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>Today's dashboard: what the desk has on its hands right now, counted in the database.</summary>
internal sealed class TodayModel(DeskToday today) : PageModel
{
    public TodayFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await today.FiguresAsync(cancellationToken);
}
