using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Host.Desk.Cases;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>The inbox counts "due soon" in the database by a due-date range; it must agree with the clock rule's definition.</summary>
public sealed class UrgencyBoundsTests
{
    private static readonly BusinessCalendar Calendar = new(
        HolidayData.Embedded.Holidays.Select(h => h.Date), HolidayData.Embedded.FirstYear, HolidayData.Embedded.LastYear);

    [Theory]
    [InlineData(2026, 4, 8)] // into the Songkran holidays (13–15 April)
    [InlineData(2026, 12, 24)] // across New Year's Eve and a weekend
    public void The_due_soon_range_holds_exactly_the_due_moments_whose_due_soon_moment_has_come(int year, int month, int day)
    {
        var start = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromHours(7));
        var step = TimeSpan.FromMinutes(30); // lands on 08:30 and 16:30, where the edges are
        var disagreements = new List<string>();
        for (var now = start; now < start.AddDays(10); now += step)
        {
            var bounds = UrgencyBounds.At(Calendar, now);
            for (var due = now - TimeSpan.FromDays(1); due < now.AddDays(7); due += step)
            {
                var byRule = now < due && now >= Calendar.DueSoonFrom(due);
                if (bounds.IsDueSoon(due) != byRule)
                {
                    disagreements.Add($"now {now:yyyy-MM-dd HH:mm} due {due:yyyy-MM-dd HH:mm}: rule says {byRule}");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void On_a_weekend_a_complaint_due_at_closing_time_on_monday_is_not_yet_due_soon_but_one_due_earlier_is()
    {
        var saturday = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(7));
        var bounds = UrgencyBounds.At(Calendar, saturday);

        Assert.False(bounds.IsDueSoon(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.FromHours(7))));
        Assert.True(bounds.IsDueSoon(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.FromHours(7))));
        Assert.True(bounds.IsOverdue(saturday));
    }
}
