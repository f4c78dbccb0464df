using Marten;
using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Features.Feedback;
using Senate.ChatBot.IntegrationTests.DirectLine;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Dialogs;

public sealed class FeedbackDialogTests(SenateHostFixture host) : IClassFixture<SenateHostFixture>
{
    private readonly HttpClient _http = host.Factory.CreateClient();

    [Fact]
    public async Task A_new_request_instead_of_a_score_is_answered_and_no_score_is_stored()
    {
        var client = await DirectLineClient.StartAsync(_http);

        await client.SendAsync(_http, "ขอบคุณค่ะ");
        await client.SendAsync(_http, "สวัสดีค่ะ");

        var replies = (await client.ReadAsync(_http)).Activities
            .Where(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("role").GetString() == "bot")
            .Select(a => a.GetProperty("text").GetString()!)
            .ToList();
        Assert.Contains("ช่วยให้คะแนนความพึงพอใจ", replies[1], StringComparison.Ordinal);
        Assert.Contains("ยินดีให้บริการ", replies[2], StringComparison.Ordinal);
        Assert.Equal(0, await RatingsAsync());
    }

    [Fact]
    public async Task Skipping_the_score_is_fine_and_it_is_asked_only_once_per_conversation()
    {
        var client = await DirectLineClient.StartAsync(_http);
        var before = await RatingsAsync();

        await client.SendAsync(_http, "ขอบคุณ");
        await client.SendAsync(_http, "ข้าม");
        await client.SendAsync(_http, "thank you");

        var replies = (await client.ReadAsync(_http)).Activities
            .Where(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("role").GetString() == "bot")
            .Select(a => a.GetProperty("text").GetString()!)
            .ToList();
        Assert.StartsWith("ไม่เป็นไรค่ะ", replies[2], StringComparison.Ordinal);
        Assert.StartsWith("You are welcome. Write any time", replies[3], StringComparison.Ordinal);
        Assert.Equal(before, await RatingsAsync());
    }

    private async Task<int> RatingsAsync()
    {
        await using var session = host.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<ServiceRating>().CountAsync();
    }
}
