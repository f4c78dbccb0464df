using System.Net;
using Marten;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.IntegrationTests.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>A complaint taken by phone or letter enters the same register and the same answer clock.</summary>
public sealed class DeskRecordTests : IAsyncLifetime
{
    private readonly ClockedHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_phone_complaint_recorded_twice_by_a_double_click_is_filed_once_with_the_clock_running()
    {
        var desk = new DeskBrowser(_host.Factory);
        await desk.SignInAsync(TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);
        var form = new Dictionary<string, string>
        {
            ["FormId"] = Guid.NewGuid().ToString(), ["Channel"] = "CallCentre", ["Category"] = "Complaint",
            ["Subject"] = "ที่จอดรถ", ["Text"] = "ที่จอดรถผู้พิการถูกรถอื่นจอดขวาง", ["Name"] = "สมศักดิ์", ["Phone"] = "021234567",
        };

        var first = await desk.PostFormAsync("/desk/complaints/new", "/desk/complaints/new", new(form));
        var second = await desk.PostFormAsync("/desk/complaints/new", "/desk/complaints/new", new(form));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var session = _host.Get<IDocumentStore>().QuerySession();
        var complaint = Assert.Single(await session.Query<Complaint>().ToListAsync());
        Assert.Equal(ComplaintChannel.CallCentre, complaint.Channel);
        Assert.Equal("021234567", complaint.Contact!.Phone);
        Assert.Equal(ClockedHost.Start, complaint.ReceivedAt);
        Assert.True(complaint.DueAt > complaint.ReceivedAt);
        var timeline = await session.LoadAsync<ComplaintTimeline>(complaint.Id);
        Assert.Equal(TestSettings.DeskAdminUser, timeline!.Entries[0].By.Id);
        Assert.Contains("เหลือ 3 วันทำการ", await desk.Http.GetStringAsync(new Uri("/desk", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chat_channel_cannot_be_recorded_from_the_desk()
    {
        var desk = new DeskBrowser(_host.Factory);
        await desk.SignInAsync(TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword);

        var response = await desk.PostFormAsync("/desk/complaints/new", "/desk/complaints/new", new()
        {
            ["FormId"] = Guid.NewGuid().ToString(), ["Channel"] = "Line", ["Category"] = "Complaint", ["Subject"] = "x", ["Text"] = "y",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
