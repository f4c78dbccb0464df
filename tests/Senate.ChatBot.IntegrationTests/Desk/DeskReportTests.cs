using System.Net;
using Senate.ChatBot.IntegrationTests.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>The quarterly report page and its CSV, as a supervisor takes them into Excel.</summary>
public sealed class DeskReportTests : IAsyncLifetime
{
    private readonly ClockedHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_csv_carries_a_byte_order_mark_and_counts_the_quarter()
    {
        await _host.FileAsync("report-1");
        var desk = new DeskBrowser(_host.Factory);
        await desk.SignInAsync(TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);

        var page = await desk.Http.GetStringAsync(new Uri("/desk/reports", UriKind.Relative));
        Assert.Contains("รายงานรายไตรมาส 2570-Q1", page, StringComparison.Ordinal);

        var csv = await desk.Http.GetAsync(new Uri("/desk/reports?handler=Csv&quarter=2570-Q1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("received,,1", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_breakdown_is_drawn_as_an_image_whose_description_carries_the_figures()
    {
        await _host.FileAsync("chart-1");
        await _host.FileAsync("chart-2");
        var desk = new DeskBrowser(_host.Factory);
        await desk.SignInAsync(TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);

        var page = await desk.Http.GetStringAsync(new Uri("/desk/reports", UriKind.Relative));

        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"chart-channel-title chart-channel-desc\"", page, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-channel-desc\">เว็บแชต: 2</desc>", page, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-category-desc\">ร้องเรียน: 2</desc>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">เว็บแชต</th><td>2</td>", page, StringComparison.Ordinal);
    }
}
