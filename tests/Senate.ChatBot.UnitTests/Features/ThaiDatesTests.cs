using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.UnitTests.Features;

public sealed class ThaiDatesTests
{
    private static readonly DateTimeOffset NineThirty = BangkokTime.At(new DateOnly(2026, 11, 26), new TimeOnly(9, 30));

    [Fact]
    public void Thai_dates_are_in_the_buddhist_era_with_the_weekday()
    {
        Assert.Equal("วันพฤหัสบดีที่ 26 พฤศจิกายน 2569 เวลา 09.30 น.", ThaiDates.DayAndTime(NineThirty));
        Assert.Equal("Thursday 26 November 2026 at 09:30", ThaiDates.DayAndTime(NineThirty, english: true));
    }

    [Fact]
    public void Times_are_bangkok_time_whatever_the_stored_offset()
    {
        Assert.Equal(TimeSpan.Zero, NineThirty.Offset);
        Assert.Equal("09.30–12.00 น.", ThaiDates.TimeRange(NineThirty, NineThirty.AddHours(2.5)));
        Assert.Equal(new DateOnly(2026, 11, 27), BangkokTime.DateOf(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Months_read_as_words()
    {
        Assert.Equal("ตุลาคม 2569", ThaiDates.Month(new DateOnly(2026, 10, 1)));
        Assert.Equal("October 2026", ThaiDates.Month(new DateOnly(2026, 10, 1), english: true));
    }
}
