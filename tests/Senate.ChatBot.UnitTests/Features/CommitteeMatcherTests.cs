using Senate.ChatBot.Features.Demo;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.UnitTests.Features;

public sealed class CommitteeMatcherTests
{
    private static readonly IReadOnlyList<Committee> Bodies = DemoData.Around(new DateOnly(2026, 11, 26)).Committees;

    [Theory]
    [InlineData("กรรมาธิการการคลังประชุมวันไหน", "finance")]
    [InlineData("กมธ.สาธารณสุข", "public-health")]
    [InlineData("ประชุมวุฒิสภาครั้งหน้า", "senate")]
    [InlineData("next sitting", "senate")]
    [InlineData("กมธ.กิจการวุฒิสภา", "senate-affairs")]
    [InlineData("when does the finance committee meet", "finance")]
    [InlineData("อนุกรรมาธิการพิจารณาศึกษาระบบภาษี", "finance-sub-1")]
    public void A_name_or_topic_word_finds_its_body(string text, string id) =>
        Assert.Equal(id, Assert.Single(CommitteeMatcher.Match(Bodies, text)).Id);

    [Fact]
    public void The_start_of_two_names_is_ambiguous()
    {
        var found = CommitteeMatcher.Match(Bodies, "กมธ.การพัฒนาประชุมวันไหน");

        Assert.Equal(new[] { "political-development", "social" }, found.Select(c => c.Id).Order());
    }

    [Theory]
    [InlineData("วันนี้มีประชุมอะไรบ้าง")]
    [InlineData("ประชุมของผมสัปดาห์หน้า")]
    [InlineData("")]
    public void Everyday_words_name_no_body(string text) => Assert.Empty(CommitteeMatcher.Match(Bodies, text));
}
