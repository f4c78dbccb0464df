using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.DirectLine;

public sealed class DirectLineActivityTests(SenateHostFixture host) : IClassFixture<SenateHostFixture>
{
    private readonly HttpClient _http = host.Factory.CreateClient();

    [Fact]
    public async Task A_reconnect_with_a_watermark_gets_only_what_was_missed()
    {
        var client = await DirectLineClient.StartAsync(_http);
        var (first, watermark) = await client.ReadAsync(_http);
        Assert.Single(first);

        await client.SendAsync(_http, "สวัสดี", "client-1");
        var (all, next) = await client.ReadAsync(_http, watermark);
        var missed = all.Where(a => a.GetProperty("type").GetString() == "message").ToList();

        Assert.Equal(2, missed.Count);
        var echo = missed[0];
        Assert.Equal("สวัสดี", echo.GetProperty("text").GetString());
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(echo.GetProperty("id").GetString(), missed[1].GetProperty("replyToId").GetString());
        Assert.Empty((await client.ReadAsync(_http, next)).Activities);
    }

    [Fact]
    public async Task A_one_megabyte_message_is_refused_cleanly_and_nothing_is_stored()
    {
        var client = await DirectLineClient.StartAsync(_http);
        using var post = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
        post.Content = new StringContent($$"""{"type":"message","text":"{{new string('ก', 1024 * 1024)}}"}""", Encoding.UTF8, "application/json");

        await DirectLineAccessTests.AssertProblemAsync(await _http.SendAsync(post), HttpStatusCode.RequestEntityTooLarge);
        Assert.Single((await client.ReadAsync(_http)).Activities);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"ไม่มีชนิด\"}")]
    public async Task Malformed_activities_get_problem_details(string body)
    {
        var client = await DirectLineClient.StartAsync(_http);
        using var post = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
        post.Content = new StringContent(body, Encoding.UTF8, "application/json");

        await DirectLineAccessTests.AssertProblemAsync(await _http.SendAsync(post), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_uploaded_photo_is_stored_and_served_only_as_a_safe_file()
    {
        var client = await DirectLineClient.StartAsync(_http);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        using var upload = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=u");
        upload.Content = Multipart(("file", "ถนนชำรุด.png", "image/png", png), ("file", "<script>.html", "text/html", "<script>alert(1)</script>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(upload)).StatusCode);

        var echo = (await client.ReadAsync(_http)).Activities[1];
        var attachments = echo.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal("ถนนชำรุด.png", attachments[0].GetProperty("name").GetString());
        var photo = await _http.GetAsync(new Uri(attachments[0].GetProperty("contentUrl").GetString()!));
        Assert.Equal(png, await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", photo.Headers.GetValues("X-Content-Type-Options").Single());
        var page = await _http.GetAsync(new Uri(attachments[1].GetProperty("contentUrl").GetString()!));
        Assert.Equal("application/octet-stream", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", page.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused()
    {
        var client = await DirectLineClient.StartAsync(_http);
        using var upload = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=u");
        upload.Content = Multipart(("file", "big.jpg", "image/jpeg", new byte[5 * 1024 * 1024]));

        await DirectLineAccessTests.AssertProblemAsync(await _http.SendAsync(upload), HttpStatusCode.RequestEntityTooLarge);
        Assert.Single((await client.ReadAsync(_http)).Activities);
    }

    private static MultipartFormDataContent Multipart(params (string Name, string FileName, string Type, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, fileName, type, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, name, fileName);
        }

        return form;
    }
}
