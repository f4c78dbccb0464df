using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Recognizers;

namespace Senate.ChatBot.UnitTests.BotBuilder;

public sealed class RecognizerTests
{
    private static readonly DateOnly Today = new(2026, 3, 3);

    private static readonly Choice[] Menu =
    [
        new("ตารางประชุม"),
        new("ข้อมูลส่วนตัว"),
        new("ร้องเรียน") { Synonyms = ["complaint", "แจ้งเรื่อง"] },
    ];

    [Theory]
    [InlineData("๓", 3)]
    [InlineData("42", 42)]
    [InlineData("-4", -4)]
    [InlineData("1,250", 1250)]
    [InlineData("๑,๒๕๐.๕", 1250.5)]
    [InlineData("สิบ", 10)]
    [InlineData("สิบเอ็ด", 11)]
    [InlineData("ยี่สิบเอ็ด", 21)]
    [InlineData("สามสิบห้า", 35)]
    [InlineData("สองพันห้าร้อยหกสิบเจ็ด", 2567)]
    [InlineData("หนึ่งล้านสองแสน", 1200000)]
    [InlineData("ห้าครับ", 5)]
    [InlineData("5 ค่ะ", 5)]
    [InlineData("twenty-one", 21)]
    [InlineData("one hundred and five", 105)]
    [InlineData("two thousand", 2000)]
    public void Numbers_are_parsed(string text, double expected)
    {
        Assert.True(ThaiNumberRecognizer.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("สามารถ")]
    [InlineData("หนึ่งสอง")]
    [InlineData("3 คน")]
    [InlineData("")]
    [InlineData("a")]
    public void Non_numbers_are_not_parsed(string text)
    {
        Assert.False(ThaiNumberRecognizer.TryParse(text, out _));
    }

    [Fact]
    public void Recognize_finds_a_number_inside_a_sentence()
    {
        Assert.True(ThaiNumberRecognizer.TryRecognize("มา ๓ คนครับ", out var value));
        Assert.Equal(3m, value);
        Assert.False(ThaiNumberRecognizer.TryRecognize("ไม่ทราบ", out _));
    }

    [Theory]
    [InlineData("ใช่", true)]
    [InlineData("ค่ะ", true)]
    [InlineData("คะ", true)]
    [InlineData("ครับ", true)]
    [InlineData("ได้เลยครับ", true)]
    [InlineData("ตกลงค่ะ", true)]
    [InlineData("โอเค 👍", true)]
    [InlineData("OK!", true)]
    [InlineData("Yes", true)]
    [InlineData("y", true)]
    [InlineData("ถูกต้อง", true)]
    [InlineData("ยืนยัน", true)]
    [InlineData("👍", true)]
    [InlineData("ไม่", false)]
    [InlineData("ไม่ใช่", false)]
    [InlineData("ไม่ครับ", false)]
    [InlineData("ไม่ค่ะ", false)]
    [InlineData("No.", false)]
    [InlineData("n", false)]
    public void Confirm_answers_are_recognized(string text, bool expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("ยกเลิก")]
    [InlineData("ไม่แน่ใจ")]
    [InlineData("สวัสดี")]
    [InlineData("")]
    [InlineData("!!!")]
    public void Other_text_is_neither_yes_nor_no(string text)
    {
        Assert.Null(ConfirmRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("2", 1)]
    [InlineData("๓", 2)]
    [InlineData("ข้อ 1", 0)]
    [InlineData("สอง", 1)]
    [InlineData("อันแรก", 0)]
    [InlineData("สุดท้าย", 2)]
    [InlineData("ตารางประชุม", 0)]
    [InlineData(" ตาราง\u200Bประชุม ", 0)]
    [InlineData("ตารางประชม", 0)]
    [InlineData("อยากดูตารางประชุมครับ", 0)]
    [InlineData("Complaint", 2)]
    [InlineData("แจ้งเรื่องค่ะ", 2)]
    public void Choices_are_recognized(string text, int expectedIndex)
    {
        Assert.Equal(expectedIndex, ChoiceRecognizer.Recognize(text, Menu)?.Index);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("xyz")]
    [InlineData("สวัสดีค่ะ")]
    public void Unrelated_text_matches_no_choice(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Menu));
    }

    [Fact]
    public void A_typo_scores_below_an_exact_match_and_an_ambiguous_part_matches_nothing()
    {
        var typo = ChoiceRecognizer.Recognize("ตารางประชม", Menu)!;

        Assert.InRange(typo.Score, ChoiceRecognizer.MinimumScore, 0.99f);
        Assert.Equal(1f, ChoiceRecognizer.Recognize("1", Menu)!.Score);
        Assert.Null(ChoiceRecognizer.Recognize("ประชุม", [new("ตารางประชุม"), new("เอกสารประชุม")]));
    }

    [Theory]
    [InlineData("วันนี้", "2026-03-03")]
    [InlineData("พรุ่งนี้ค่ะ", "2026-03-04")]
    [InlineData("มะรืนนี้", "2026-03-05")]
    [InlineData("เมื่อวาน", "2026-03-02")]
    [InlineData("tomorrow", "2026-03-04")]
    [InlineData("15 ม.ค. 2570", "2027-01-15")]
    [InlineData("๑๕ มกราคม พ.ศ. ๒๕๗๐", "2027-01-15")]
    [InlineData("วันที่ 1 ธ.ค.", "2026-12-01")]
    [InlineData("2027-01-15", "2027-01-15")]
    [InlineData("15/1/2570", "2027-01-15")]
    [InlineData("15/01/2027", "2027-01-15")]
    [InlineData("15/1/70", "2027-01-15")]
    [InlineData("15 Jan 2027", "2027-01-15")]
    [InlineData("January 15, 2027", "2027-01-15")]
    [InlineData("ประชุม 10 ม.ค. 2570 เวลา 10 โมง", "2027-01-10")]
    public void Dates_are_recognized(string text, string expected)
    {
        Assert.Equal([DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], DateRecognizer.Recognize(text, Today));
    }

    [Theory]
    [InlineData("31/2/2027")]
    [InlineData("I will decide 15")]
    [InlineData("สามารถ")]
    public void Non_dates_are_not_recognized(string text)
    {
        Assert.Empty(DateRecognizer.Recognize(text, Today));
    }

    [Fact]
    public void Several_dates_come_back_in_order()
    {
        Assert.Equal([Today.AddDays(1), Today.AddDays(2)], DateRecognizer.Recognize("พรุ่งนี้หรือมะรืน", Today));
    }
}
