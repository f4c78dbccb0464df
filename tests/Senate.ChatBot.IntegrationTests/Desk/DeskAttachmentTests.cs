using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Features.Complaints;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>An officer sees a complaint's photos on the case page and downloads every file; nothing is opened as a page.</summary>
public sealed class DeskAttachmentTests : DeskHostTest
{
    [Fact]
    public async Task A_photo_is_shown_and_a_document_is_offered_as_a_download_with_name_and_size()
    {
        var files = Host.Get<AttachmentStore>();
        var photo = await files.SaveAsync("ลิฟต์.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0], "line");
        var letter = await files.SaveAsync("หนังสือร้องเรียน.html", "text/html", new byte[3000], "directline");
        var filed = await Host.Get<ComplaintRegister>().FileAsync(
            new NewComplaint(ComplaintChannel.Line, ComplaintCategory.Complaint, "premises", "ลิฟต์ค้าง", [photo.Id, letter.Id], null,
                new ReplyAddress("line", "U1", "U1", "th-TH"), false, new Consent("test", Host.Time.GetUtcNow())),
            "desk-attachments", Actor.Citizen);
        var officer = await DeskBrowser.AsNewUserAsync(Host.Factory, "officer.files", "Officer");

        var html = await officer.Http.GetStringAsync(new Uri($"/desk/complaints/{filed.Id}", UriKind.Relative));

        Assert.Contains($"<img src=\"/api/attachments/{photo.Id}\" alt=\"ไฟล์แนบที่ 1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<img src=\"/api/attachments/{letter.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/api/attachments/{letter.Id}\" download=\"หนังสือร้องเรียน.html\">ไฟล์แนบที่ 2: หนังสือร้องเรียน.html</a>", html, StringComparison.Ordinal);
        Assert.Contains("(3 KB)", html, StringComparison.Ordinal);
        using var served = await officer.Http.GetAsync(new Uri($"/api/attachments/{letter.Id}", UriKind.Relative));
        Assert.Equal("application/octet-stream", served.Content.Headers.ContentType?.MediaType);
    }
}
