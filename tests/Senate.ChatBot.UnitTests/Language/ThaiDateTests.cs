using static Senate.ChatBot.UnitTests.Language.DateAssertions;

namespace Senate.ChatBot.UnitTests.Language;

/// <summary>Thai date words resolved in Asia/Bangkok; "today" values cross month, year and leap-day ends.</summary>
public sealed class ThaiDateTests
{
    // 2026-11-26 Thu, 2026-11-30 Mon, 2026-12-30 Wed, 2027-01-01 Fri, 2027-01-03 Sun, 2028-02-28 Mon.
    [Theory]
    [InlineData("ประชุมวันนี้", "2026-11-26", "2026-11-26")]
    [InlineData("พรุ่งนี้มีประชุมไหม", "2026-11-26", "2026-11-27")]
    [InlineData("พรุ่งนี้", "2026-11-30", "2026-12-01")]
    [InlineData("วันพรุ่งนี้", "2026-12-31", "2027-01-01")]
    [InlineData("พรุ้งนี้", "2028-02-28", "2028-02-29")]
    [InlineData("มะรืนนี้", "2026-12-30", "2027-01-01")]
    [InlineData("มะรืนนี้", "2026-11-29", "2026-12-01")]
    [InlineData("เมื่อวาน", "2027-01-01", "2026-12-31")]
    [InlineData("เมื่อวานนี้", "2026-12-01", "2026-11-30")]
    public void Relative_days(string text, string today, string expected) => IsDate(text, today, expected);

    [Theory]
    [InlineData("สัปดาห์นี้", "2026-11-26", "2026-11-23", "2026-11-29")]
    [InlineData("สัปดาห์หน้า", "2026-11-26", "2026-11-30", "2026-12-06")]
    [InlineData("สัปดาห์หน้า", "2026-12-30", "2027-01-04", "2027-01-10")]
    [InlineData("อาทิตย์หน้า", "2026-11-26", "2026-11-30", "2026-12-06")]
    [InlineData("อาทิตย์หน้า", "2027-01-03", "2027-01-04", "2027-01-10")]
    [InlineData("อาทิตย์นี้", "2027-01-03", "2026-12-28", "2027-01-03")]
    [InlineData("สัปดาห์ที่แล้ว", "2027-01-01", "2026-12-21", "2026-12-27")]
    [InlineData("เดือนหน้า", "2026-11-26", "2026-12-01", "2026-12-31")]
    [InlineData("เดือนหน้า", "2026-12-30", "2027-01-01", "2027-01-31")]
    [InlineData("เดือนหน้า", "2028-01-31", "2028-02-01", "2028-02-29")]
    [InlineData("เดือนนี้", "2026-11-26", "2026-11-01", "2026-11-30")]
    [InlineData("เดือนที่แล้ว", "2027-01-01", "2026-12-01", "2026-12-31")]
    public void Weeks_run_monday_to_sunday_and_months_are_whole(string text, string today, string start, string end) =>
        IsRange(text, today, start, end);

    [Theory]
    [InlineData("วันจันทร์หน้า", "2026-11-26", "2026-11-30")]
    [InlineData("วันจันทร์หน้า", "2026-11-30", "2026-12-07")]
    [InlineData("วันจันทร์หน้า", "2027-01-03", "2027-01-04")]
    [InlineData("วันอาทิตย์หน้า", "2026-11-26", "2026-12-06")]
    [InlineData("วันอาทิตย์หน้า", "2026-12-30", "2027-01-10")]
    [InlineData("วันศุกร์นี้", "2026-11-26", "2026-11-27")]
    [InlineData("วันพฤหัสบดี", "2026-11-26", "2026-11-26")]
    [InlineData("พุธหน้า", "2026-12-30", "2027-01-06")]
    [InlineData("วันพฤหัสหน้า", "2026-11-26", "2026-12-03")]
    [InlineData("วันพุธสัปดาห์หน้า", "2026-11-26", "2026-12-02")]
    [InlineData("วันอังคารที่แล้ว", "2026-11-26", "2026-11-17")]
    public void Weekdays(string text, string today, string expected) => IsDate(text, today, expected);

    [Theory]
    [InlineData("12 ธันวาคม 2569", "2026-11-26", "2026-12-12")]
    [InlineData("12 ธ.ค. 69", "2026-11-26", "2026-12-12")]
    [InlineData("๑๒/๑๒/๒๕๖๙", "2026-11-26", "2026-12-12")]
    [InlineData("12/12/2026", "2026-11-26", "2026-12-12")]
    [InlineData("12/12/69", "2026-11-26", "2026-12-12")]
    [InlineData("วันที่ 1 ม.ค. 70", "2026-12-30", "2027-01-01")]
    [InlineData("31 ธ.ค. 2569", "2026-11-26", "2026-12-31")]
    [InlineData("๒๙ ก.พ. ๒๕๗๑", "2026-11-26", "2028-02-29")]
    [InlineData("5 มกราคม พ.ศ. 2570", "2026-11-26", "2027-01-05")]
    [InlineData("12ธค69", "2026-11-26", "2026-12-12")]
    [InlineData("12 ธ. ค. 2569", "2026-11-26", "2026-12-12")]
    [InlineData("12 ธ.ค. 2026", "2026-11-26", "2026-12-12")]
    [InlineData("2026-12-12", "2026-11-26", "2026-12-12")]
    public void Dates_with_a_year_in_either_era(string text, string today, string expected) => IsDate(text, today, expected);

    [Theory]
    [InlineData("5 ม.ค.", "2026-12-30", "2027-01-05")]
    [InlineData("30 ธ.ค.", "2026-12-30", "2026-12-30")]
    [InlineData("29 ธันวาคม", "2026-12-30", "2027-12-29")]
    [InlineData("29 ก.พ.", "2026-11-26", "2028-02-29")]
    [InlineData("1/1", "2026-12-30", "2027-01-01")]
    [InlineData("วันที่ 5", "2026-11-26", "2026-12-05")]
    [InlineData("วันที่ 31", "2026-11-26", "2026-12-31")]
    [InlineData("วันที่ 5 เดือนหน้า", "2026-12-30", "2027-01-05")]
    public void A_day_without_a_year_is_the_next_such_day_on_or_after_today(string text, string today, string expected) =>
        IsDate(text, today, expected);

    [Theory]
    [InlineData("1-5 ธ.ค.", "2026-11-26", "2026-12-01", "2026-12-05")]
    [InlineData("วันนี้ถึงวันศุกร์", "2026-11-26", "2026-11-26", "2026-11-27")]
    [InlineData("ตั้งแต่ 28 ธ.ค. 69 ถึง 3 ม.ค. 70", "2026-11-26", "2026-12-28", "2027-01-03")]
    [InlineData("เดือนธันวาคม", "2026-11-26", "2026-12-01", "2026-12-31")]
    [InlineData("มกราคม 2570", "2026-11-26", "2027-01-01", "2027-01-31")]
    public void Ranges(string text, string today, string start, string end) => IsRange(text, today, start, end);

    [Theory]
    [InlineData("ประชุม 10 โมง")]
    [InlineData("พระจันทร์สวยจัง")]
    [InlineData("ขอดูตารางประชุม")]
    public void No_date_where_there_is_none(string text) => Assert.Empty(Dates(text, "2026-11-26"));

    [Fact]
    public void A_time_after_a_date_is_not_its_year() => IsDate("12 ธ.ค. 10 โมง", "2026-11-26", "2026-12-12");

    [Fact]
    public void Offsets_point_into_the_text_as_written()
    {
        var entity = Assert.Single(Dates("ขอตารางประชุม ๑๒ ธ.ค. ๖๙ ครับ", "2026-11-26"));

        Assert.Equal("๑๒ ธ.ค. ๖๙", entity.Text);
        Assert.Equal(14, entity.Offset);
    }
}
