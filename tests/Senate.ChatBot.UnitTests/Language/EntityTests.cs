using Microsoft.Extensions.Time.Testing;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Entities.Committees;

namespace Senate.ChatBot.UnitTests.Language;

public sealed class EntityTests
{
    // 2026-11-26 03:00 UTC is already 10:00 in Bangkok; 2026-11-26 20:00 UTC is 27 November there.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero));

    private EntityExtractor Extractor(ICommitteeNameSource? committees = null) => new(committees ?? new StandingCommittees(), _time);

    [Theory]
    [InlineData("ติดตามเรื่อง CMP-2569-000123-K7 ครับ", "CMP-2569-000123-K7")]
    [InlineData("cmp-2569-000123-k7", "CMP-2569-000123-K7")]
    [InlineData("เลขที่ cmp-๒๕๖๙-๐๐๐๑๒๓-k7", "CMP-2569-000123-K7")]
    [InlineData("CMP 2568 999999 X0 please", "CMP-2568-999999-X0")]
    public void Complaint_references_are_found_in_canonical_form(string text, string reference)
    {
        var entity = Assert.IsType<ComplaintReferenceEntity>(Assert.Single(Extractor().Extract(text)));

        Assert.Equal(reference, entity.Reference);
        Assert.Equal(text.Substring(entity.Offset, entity.Length), entity.Text);
    }

    [Theory]
    [InlineData("CMP-2569-00123-K7")]
    [InlineData("XCMP-2569-000123-K7")]
    [InlineData("CMP-2569-000123-K7X")]
    public void Malformed_references_are_not_references(string text) =>
        Assert.DoesNotContain(Extractor().Extract(text), e => e is ComplaintReferenceEntity);

    [Theory]
    [InlineData("สมาชิกหมายเลข 45 ขอผูกบัญชี", 45)]
    [InlineData("เลขสมาชิก ๑๒๓", 123)]
    [InlineData("ส.ว. หมายเลข 7", 7)]
    [InlineData("my member no. 0045", 45)]
    [InlineData("member number: 200", 200)]
    public void Member_numbers_follow_the_words_that_announce_them(string text, int number) =>
        Assert.Equal(number, Assert.IsType<MemberNumberEntity>(Assert.Single(Extractor().Extract(text))).Number);

    [Theory]
    [InlineData("ประชุมกมธ.สาธารณสุขวันไหน", "public-health")]
    [InlineData("กมธ.การต่างประเทศ", "foreign-affairs")]
    [InlineData("คณะกรรมาธิการการศึกษา", "education")]
    [InlineData("กรรมธิการสาธารณะสุข", "public-health")]
    [InlineData("กมธ ทุจริต", "anti-corruption")]
    [InlineData("กมธ.ติดตามงบ", "budget-monitoring")]
    [InlineData("กมธ.การเงิน", "finance")]
    [InlineData("foreign affairs committee", "foreign-affairs")]
    [InlineData("the committee on energy", "energy")]
    [InlineData("helth committee", "public-health")]
    [InlineData("ประชุม กมธ. education พรุ่งนี้", "education")]
    public void Committees_are_matched_loosely(string text, string id)
    {
        var committee = Assert.Single(Extractor().Extract(text).OfType<CommitteeEntity>());

        Assert.Equal(id, committee.Committee.Id);
        Assert.Equal(text.Substring(committee.Offset, committee.Length), committee.Text);
    }

    [Theory]
    [InlineData("ร่าง พ.ร.บ. งบประมาณ")]
    [InlineData("ขอตารางประชุมพรุ่งนี้")]
    public void A_topic_word_without_a_committee_cue_is_not_a_committee(string text) =>
        Assert.Empty(Extractor().Extract(text).OfType<CommitteeEntity>());

    [Fact]
    public void Committee_names_come_from_the_registered_source()
    {
        var source = new FixedCommittees([new CommitteeName("ad-hoc-water", "คณะกรรมาธิการวิสามัญแก้ปัญหาน้ำท่วม", "Ad Hoc Committee on Flooding", ["น้ำท่วม"])]);

        var committee = Assert.Single(Extractor(source).Extract("กมธ.น้ำท่วมประชุมไหม").OfType<CommitteeEntity>());

        Assert.Equal("ad-hoc-water", committee.Committee.Id);
    }

    [Fact]
    public void The_standing_committees_are_twenty_one_with_distinct_ids() =>
        Assert.Equal(21, new StandingCommittees().Committees.Select(c => c.Id).Distinct().Count());

    [Fact]
    public void Relative_dates_count_from_today_in_Bangkok_not_UTC()
    {
        var date = Assert.IsType<DateEntity>(Assert.Single(Extractor().Extract("พรุ่งนี้")));

        Assert.Equal(new DateOnly(2026, 11, 28), date.Date);
    }

    [Fact]
    public void A_reference_is_not_also_read_as_a_date() =>
        Assert.IsType<ComplaintReferenceEntity>(Assert.Single(Extractor().Extract("เรื่อง CMP-2569-000123-K7 วันที่ยื่น 12/12/2569").Take(1)));

    [Fact]
    public void Entities_come_in_text_order()
    {
        var types = Extractor().Extract("ประชุมกมธ.แรงงานพรุ่งนี้ เรื่อง CMP-2569-000123-K7").Select(e => e.Type);

        Assert.Equal([EntityTypes.Committee, EntityTypes.Date, EntityTypes.ComplaintReference], types);
    }

    private sealed class FixedCommittees(IReadOnlyList<CommitteeName> committees) : ICommitteeNameSource
    {
        public IReadOnlyList<CommitteeName> Committees => committees;
    }
}
