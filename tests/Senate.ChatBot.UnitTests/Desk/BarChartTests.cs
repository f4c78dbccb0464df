using System.Globalization;
using System.Xml.Linq;
using Senate.ChatBot.Host.Desk.Reports;

namespace Senate.ChatBot.UnitTests.Desk;

/// <summary>The report's bar chart drawn from given figures: geometry, labels, the text alternative and escaping.</summary>
public sealed class BarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_largest_count_draws_the_full_bar_and_the_others_are_in_proportion()
    {
        var chart = Draw(new Bar("LINE", 4), new Bar("เว็บแชต", 2), new Bar("หนังสือ", 1));

        var widths = chart.Descendants(Svg + "rect").Select(r => Number(r, "width")).ToList();

        Assert.Equal([BarChart.BarSpace, BarChart.BarSpace / 2.0, BarChart.BarSpace / 4.0], widths);
        Assert.All(chart.Descendants(Svg + "rect"), r => Assert.Equal(BarChart.LabelWidth, Number(r, "x")));
    }

    [Fact]
    public void Bars_sit_one_row_apart_and_the_picture_is_as_tall_as_its_rows()
    {
        var chart = Draw(new Bar("LINE", 3), new Bar("เว็บแชต", 5));

        var tops = chart.Descendants(Svg + "rect").Select(r => Number(r, "y")).ToList();

        Assert.Equal(BarChart.RowHeight, tops[1] - tops[0]);
        Assert.Equal($"0 0 {BarChart.Width} {2 * BarChart.RowHeight}", (string?)chart.Attribute("viewBox"));
    }

    [Fact]
    public void A_zero_count_draws_no_bar_but_keeps_its_label_and_number()
    {
        var chart = Draw(new Bar("LINE", 3), new Bar("โทรศัพท์", 0));

        Assert.Single(chart.Descendants(Svg + "rect"));
        var texts = chart.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(["LINE", "3", "โทรศัพท์", "0"], texts);
    }

    [Fact]
    public void Nothing_but_zeros_draws_no_bars()
    {
        var chart = Draw(new Bar("LINE", 0), new Bar("เว็บแชต", 0));

        Assert.Empty(chart.Descendants(Svg + "rect"));
    }

    [Fact]
    public void The_chart_is_one_image_named_by_its_title_and_described_by_every_figure()
    {
        var chart = Draw(new Bar("LINE", 4), new Bar("เว็บแชต", 0));

        Assert.Equal("img", (string?)chart.Attribute("role"));
        Assert.Equal("c-title c-desc", (string?)chart.Attribute("aria-labelledby"));
        Assert.Equal("ช่องทาง", chart.Element(Svg + "title")!.Value);
        Assert.Equal("c-title", (string?)chart.Element(Svg + "title")!.Attribute("id"));
        Assert.Equal("LINE: 4, เว็บแชต: 0", chart.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Thai_labels_with_markup_are_escaped_and_read_back_unchanged()
    {
        const string Label = "ร้องทุกข์ <script>alert(\"x\")</script> & อื่น ๆ";

        var markup = BarChart.Render("c", "ประเภท <b>", [new Bar(Label, 2)]).ToString();

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Contains("ร้องทุกข์ &lt;script&gt;", markup, StringComparison.Ordinal);
        var chart = XElement.Parse(markup);
        Assert.Equal(Label, chart.Descendants(Svg + "text").First().Value);
        Assert.Equal("ประเภท <b>", chart.Element(Svg + "title")!.Value);
    }

    private static XElement Draw(params Bar[] bars) => XElement.Parse(BarChart.Render("c", "ช่องทาง", bars).ToString());

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
