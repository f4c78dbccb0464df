using System.Text.Json;
using Microsoft.Playwright;

namespace Senate.ChatBot.EndToEnd.Infrastructure;

/// <summary>Runs axe-core (installed by script/bootstrap from npm) inside the page against WCAG 2.1 AA.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(AxePath()));

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        // Evaluated through DevTools rather than added as a <script>: the desk's Content-Security-Policy
        // rightly refuses inline scripts, and the pages are checked as they are served.
        await page.EvaluateAsync(AxeSource.Value);
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }))" +
            ".violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return [.. result.EnumerateArray().Select(v => v.GetString() ?? "")];
    }

    private static string AxePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("axe-core is not installed: run script/bootstrap");
    }
}
