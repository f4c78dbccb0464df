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
}
