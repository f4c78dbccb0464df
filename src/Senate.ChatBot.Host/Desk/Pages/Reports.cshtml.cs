using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Senate.ChatBot.Features.Complaints.Reports;

namespace Senate.ChatBot.Host.Desk.Pages;

/// <summary>The quarterly report for supervisors: the figures on screen and as a CSV file for the Secretariat's report.</summary>
internal sealed class ReportsModel(QuarterlyReports reports, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterText { get; set; }

    public QuarterlyReport Report { get; private set; } = null!;

    public Quarter Current => Quarter.Of(time.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await reports.ForAsync(Chosen(), cancellationToken);
        return Page();
    }

    /// <summary>UTF-8 with a byte order mark: without it Excel opens the file as ANSI and the Thai turns to noise.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var report = await reports.ForAsync(Chosen(), cancellationToken);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(QuarterlyFigures.ToCsv(report))).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"complaints-{report.Quarter}.csv");
    }

    private Quarter Chosen() => Quarter.TryParse(QuarterText, out var quarter) ? quarter : Current;
}
