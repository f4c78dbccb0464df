using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.IntegrationTests.Features;

[Collection(DemoStoreGroup.Name)]
public sealed class BookshelfSearchTests(DemoStore demo)
{
    private BookshelfSearch Search => demo.Features.Get<BookshelfSearch>();

    [Fact]
    public async Task Thai_words_are_found_inside_titles_written_without_spaces()
    {
        var found = await Search.SearchAsync(new BookshelfQuery { Words = "ภาษี" }, Viewer.Public);

        Assert.NotEmpty(found);
        Assert.Contains("ระบบภาษี", found[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_title_still_finds_the_item()
    {
        var found = await Search.SearchAsync(new BookshelfQuery { Words = "รัฐธรรมนูน" }, Viewer.Public);

        Assert.NotEmpty(found);
        Assert.StartsWith("รัฐธรรมนูญแห่งราชอาณาจักรไทย", found[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_with_every_word_rank_before_items_with_some()
    {
        var found = await Search.SearchAsync(new BookshelfQuery { Words = "รายงาน ระบบภาษี", Limit = 10 }, Viewer.Public);

        Assert.Contains("รายงาน", found[0].Title, StringComparison.Ordinal);
        Assert.Contains("ระบบภาษี", found[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_committee_and_dates_narrow_the_results()
    {
        var query = new BookshelfQuery { CommitteeId = "finance", Format = FileFormats.Audio, From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 31), Limit = 50 };

        var found = await Search.SearchAsync(query, Viewer.Public);

        Assert.NotEmpty(found);
        Assert.All(found, item =>
        {
            Assert.Equal("finance", item.CommitteeId);
            Assert.Contains(FileFormats.Audio, item.Formats);
            Assert.Equal(2026, item.PublishedOn.Year);
        });
    }

    [Fact]
    public async Task Documents_of_closed_meetings_are_for_members_only()
    {
        var query = new BookshelfQuery { Words = "ระเบียบวาระ", Limit = 200 };

        var forPublic = await Search.SearchAsync(query, Viewer.Public);
        var forMember = await Search.SearchAsync(query, Viewer.Member("1"));

        Assert.All(forPublic, i => Assert.True(i.IsPublic));
        Assert.Contains(forMember, i => !i.IsPublic);
    }

    [Fact]
    public async Task Nothing_found_is_an_empty_list()
    {
        Assert.Empty(await Search.SearchAsync(new BookshelfQuery { Words = "ฟุตบอลโลกรอบชิงชนะเลิศ" }, Viewer.Public));
    }
}
