using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Senate.ChatBot.Host.Desk.Reports;

/// <summary>One bar: what is counted, already in the reader's language, and how many.</summary>
internal sealed record Bar(string Label, int Count);

/// <summary>
/// Horizontal bars as inline SVG, drawn on the server so the page needs no script. The chart is one
/// image (role="img") named by its title and described by every figure; each bar also carries its
/// label and count as text, so colour is never the only cue. Labels are escaped here, as they may hold anything.
/// </summary>
internal static class BarChart
{
    public const int Width = 640;
    public const int LabelWidth = 200;
    public const int BarSpace = 360;
    public const int RowHeight = 32;
    public const int BarHeight = 20;

    // The desk's purple on white is 9.6:1 and the text 16:1, above the 3:1 and 4.5:1 WCAG 2.1 AA asks.
    private const string BarColour = "#5b2c83";
    private const string TextColour = "#1d1d1f";

    public static HtmlString Render(string id, string title, IReadOnlyList<Bar> bars)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(bars);
        var largest = bars.Count == 0 ? 0 : bars.Max(b => b.Count);
        var description = string.Join(", ", bars.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Label}: {b.Count}")));
        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 {Width} {Math.Max(1, bars.Count) * RowHeight}\"");
        Append(svg, $" aria-labelledby=\"{Escape(id)}-title {Escape(id)}-desc\" font-size=\"14\" fill=\"{TextColour}\">");
        Append(svg, $"<title id=\"{Escape(id)}-title\">{Escape(title)}</title><desc id=\"{Escape(id)}-desc\">{Escape(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (top, middle) = (i * RowHeight, (i * RowHeight) + (RowHeight / 2));
            // A zero draws no bar at all, so the shortest visible bar is always a real count.
            var length = bars[i].Count <= 0 || largest <= 0 ? 0 : Math.Round((double)bars[i].Count / largest * BarSpace, 1);
            Append(svg, $"<text x=\"0\" y=\"{middle}\" dominant-baseline=\"middle\">{Escape(bars[i].Label)}</text>");
            if (length > 0)
            {
                Append(svg, $"<rect x=\"{LabelWidth}\" y=\"{top + ((RowHeight - BarHeight) / 2)}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"{BarColour}\"/>");
            }

            Append(svg, $"<text x=\"{LabelWidth + length + 6}\" y=\"{middle}\" dominant-baseline=\"middle\">{bars[i].Count}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Append(StringBuilder svg, FormattableString part) => svg.Append(part.ToString(CultureInfo.InvariantCulture));

    private static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");
}
