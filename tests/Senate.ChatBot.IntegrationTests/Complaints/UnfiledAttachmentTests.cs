using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Complaints.Retention;

namespace Senate.ChatBot.IntegrationTests.Complaints;

/// <summary>Photos that never became part of a complaint are not kept for ever; those of filed complaints are.</summary>
public sealed class UnfiledAttachmentTests
{
    [Fact]
    public async Task A_week_on_a_file_never_filed_is_deleted_while_a_filed_one_and_a_new_one_stay()
    {
        await using var host = new ClockedHost();
        var files = host.Get<AttachmentStore>();
        var abandoned = await files.SaveAsync("ถนน.jpg", "image/jpeg", [1, 2, 3], "line");
        var filedFile = await files.SaveAsync("ลิฟต์.jpg", "image/jpeg", [4, 5, 6], "line");
        await host.Get<ComplaintRegister>().FileAsync(
            new NewComplaint(ComplaintChannel.Line, ComplaintCategory.Complaint, "premises", "ลิฟต์ค้าง", [filedFile.Id], null,
                new ReplyAddress("line", "U1", "U1", "th-TH"), false, new Consent("test", host.Time.GetUtcNow())),
            "unfiled-1", Actor.Citizen);
        var unfiled = host.Get<UnfiledAttachments>();
        Assert.Equal(0, await unfiled.DeleteAsync());

        host.Time.Advance(TimeSpan.FromDays(8));
        var recent = await files.SaveAsync("ใหม่.jpg", "image/jpeg", [7], "directline");

        // The daily retention run may already have done it when the clock moved; running it again changes nothing more.
        await unfiled.DeleteAsync();
        Assert.Equal(0, await unfiled.DeleteAsync());
        Assert.Null(await files.FindAsync(abandoned.Id));
        Assert.NotNull(await files.FindAsync(filedFile.Id));
        Assert.NotNull(await files.FindAsync(recent.Id));
    }
}
