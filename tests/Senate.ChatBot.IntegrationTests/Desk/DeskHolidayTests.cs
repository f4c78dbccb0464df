using System.Net;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.IntegrationTests.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>The holiday calendar page: what an administrator sees of a year, and what a declared day does to open complaints.</summary>
public sealed class DeskHolidayTests : IAsyncLifetime
{
    private const string Page = "/desk/admin/holidays";
    private readonly ClockedHost _host = new();
    private DeskBrowser _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = new DeskBrowser(_host.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.SignInAsync(TestSettings.DeskAdminUser, TestSettings.DeskAdminPassword)).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_year_lists_built_in_holidays_in_the_buddhist_era()
    {
        var page = await _admin.Http.GetStringAsync(new Uri(Page + "?year=2026", UriKind.Relative));

        Assert.Contains("วันหยุดราชการ พ.ศ. 2569", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2027\">พ.ศ. 2570 (ค.ศ. 2027)</option>", page, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-12-10\">วันพฤหัสบดีที่ 10 ธันวาคม 2569</time>", page, StringComparison.Ordinal);
        Assert.Contains("วันรัฐธรรมนูญ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ศูนย์ฯ ประกาศเพิ่ม</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_holiday_moves_an_open_complaints_due_date_and_is_marked_as_the_desks()
    {
        var filed = await _host.FileAsync("holiday-1");
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 16, 30, 0, TimeSpan.FromHours(7)), (await _host.LoadAsync(filed.Id)).DueAt);

        var saved = await SetDayAsync("2026-11-04", "true", "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ", "Special holiday");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var html = await saved.Content.ReadAsStringAsync();
        Assert.Contains("กำหนดตอบของเรื่องที่ยังเปิดอยู่เปลี่ยน 1 เรื่อง", html, StringComparison.Ordinal);
        Assert.Contains("วันพุธที่ 4 พฤศจิกายน 2569", html, StringComparison.Ordinal);
        Assert.Contains("ศูนย์ฯ ประกาศเพิ่ม</td>", html, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 6, 16, 30, 0, TimeSpan.FromHours(7)), (await _host.LoadAsync(filed.Id)).DueAt);
        var change = Assert.Single(await _host.Get<BusinessCalendars>().OverridesAsync());
        Assert.Equal((new DateOnly(2026, 11, 4), true, TestSettings.DeskAdminUser), (change.Date, change.IsHoliday, change.ChangedBy));
    }

    [Fact]
    public async Task A_called_off_holiday_shows_as_a_working_day_and_the_calendar_counts_it()
    {
        var saved = await SetDayAsync("2026-12-07", "false", "ยกเลิกวันหยุดชดเชย", "");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var html = await saved.Content.ReadAsStringAsync();
        Assert.Contains("กำหนดตอบของเรื่องที่ยังเปิดอยู่เปลี่ยน 0 เรื่อง", html, StringComparison.Ordinal);
        Assert.Contains("ศูนย์ฯ ยกเลิกวันหยุด (เป็นวันทำงาน)</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ชดเชยวันพ่อแห่งชาติ", html, StringComparison.Ordinal);
        Assert.True((await _host.Get<BusinessCalendars>().CurrentAsync()).IsBusinessDay(new DateOnly(2026, 12, 7)));
    }

    [Theory]
    [InlineData("2026-13-40", "true", "วันหยุด", "วันที่ไม่ถูกต้อง")]
    [InlineData("", "true", "วันหยุด", "วันที่ไม่ถูกต้อง")]
    [InlineData("2031-01-06", "true", "วันหยุด", "วันที่อยู่นอกช่วงที่ปฏิทินครอบคลุม (พ.ศ. 2568–2570)")]
    [InlineData("2026-11-07", "true", "วันหยุด", "วันเสาร์และวันอาทิตย์เป็นวันหยุดอยู่แล้ว")]
    [InlineData("2026-11-04", "true", "   ", "กรุณาระบุชื่อภาษาไทย")]
    [InlineData("2026-11-04", "", "วันหยุด", "กรุณาเลือกว่าเป็นวันหยุดหรือวันทำงาน")]
    public async Task Bad_input_gets_a_clear_answer_and_changes_nothing(string date, string isHoliday, string thai, string answer)
    {
        var refused = await SetDayAsync(date, isHoliday, thai, "Holiday");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(answer, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _host.Get<BusinessCalendars>().OverridesAsync());
    }

    [Fact]
    public async Task The_answer_is_in_english_after_the_toggle()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.PostFormAsync(Page, "/desk/language", new() { ["lang"] = "en", ["returnUrl"] = Page })).StatusCode);

        var refused = await SetDayAsync("2031-01-06", "true", "วันหยุด", "Holiday");

        Assert.Contains("The date is outside the years the calendar covers (2025–2027, B.E. 2568–2570).", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SetDayAsync(string date, string isHoliday, string thai, string english) =>
        _admin.PostFormAsync(Page, Page, new() { ["Date"] = date, ["IsHoliday"] = isHoliday, ["Thai"] = thai, ["English"] = english });
}
