using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.UnitTests.Language;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("ขอบคุณค่าาาาา", "ขอบคุณค่า")]
    [InlineData("Hiii  THERE", "hi there")]
    [InlineData("เลข ๑๒๓", "เลข 123")]
    [InlineData("a\u200Bb", "ab")]
    public void Normalizes_what_people_type(string text, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void A_broken_emoji_becomes_a_replacement_character_instead_of_an_exception() =>
        Assert.Equal("\ufffd broken", TextNormalizer.Normalize(new string(['\ud83d', ' ', 'b', 'r', 'o', 'k', 'e', 'n'])));

    [Fact]
    public void Folding_keeps_every_position() =>
        Assert.Equal("cmp-2569 ครับ", TextNormalizer.FoldCaseAndDigits("CMP-๒๕๖๙ ครับ"));
}
