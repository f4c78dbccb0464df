using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Language.Entities;

namespace Senate.ChatBot.UnitTests.Complaints;

public sealed class ComplaintReferenceTests
{
    [Fact]
    public void New_references_have_the_readable_shape_and_differ()
    {
        var references = Enumerable.Range(0, 200).Select(_ => ComplaintReference.New(2569)).ToList();

        Assert.All(references, r => Assert.Matches(@"^CMP-2569-\d{6}-[ACDEFHJKMNPRTUVWXY345679]{2}$", r));
        Assert.True(references.Distinct().Count() > 195);
    }

    [Fact]
    public void The_language_layer_finds_our_references_in_what_people_type()
    {
        var reference = ComplaintReference.Format(2569, 123, "K7");
        var found = ComplaintReferenceRecognizer.Recognize("ติดตามเรื่อง cmp ๒๕๖๙ ๐๐๐๑๒๓ k7 ค่ะ", "ติดตามเรื่อง cmp 2569 000123 k7 ค่ะ");

        Assert.Equal(reference, Assert.IsType<ComplaintReferenceEntity>(Assert.Single(found)).Reference);
    }
}
