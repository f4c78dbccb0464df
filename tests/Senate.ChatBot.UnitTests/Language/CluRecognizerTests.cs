using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Language;
using Senate.ChatBot.Language.Clu;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.UnitTests.Language;

/// <summary>
/// The CLU adapter over real HTTP against <see cref="FakeClu"/>, with the embedded recognizer as fallback.
/// Real time on purpose: the resilience pipeline takes its clock from the container's TimeProvider.
/// </summary>
public sealed class CluRecognizerTests : IAsyncLifetime
{
    private FakeClu _clu = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _clu = await FakeClu.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clu:Endpoint"] = _clu.Endpoint.ToString(),
            ["Clu:Key"] = "test-key",
            ["Clu:ProjectName"] = "senate-test",
            ["Clu:Timeout"] = "00:00:02",
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(LanguageFiles.ShippedModel)
            .AddLogging()
            .AddLanguageUnderstanding()
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _clu.DisposeAsync();
    }

    private IIntentRecognizer Recognizer => _services.GetRequiredService<IIntentRecognizer>();

    [Fact]
    public async Task Sends_the_analyze_conversations_request_the_api_expects()
    {
        _clu.Predicts("greeting", 0.97);

        await Recognizer.RecognizeAsync("สวัสดีครับ");

        var (path, key, body) = Assert.Single(_clu.Requests);
        Assert.Equal("/" + CluRecognizer.ApiPath, path);
        Assert.Equal("test-key", key);
        Assert.Equal("Conversation", (string?)body!["kind"]);
        Assert.Equal("สวัสดีครับ", (string?)body["analysisInput"]!["conversationItem"]!["text"]);
        Assert.Equal("senate-test", (string?)body["parameters"]!["projectName"]);
        Assert.Equal("production", (string?)body["parameters"]!["deploymentName"]);
        Assert.Equal("Utf16CodeUnit", (string?)body["parameters"]!["stringIndexType"]);
    }

    [Fact]
    public async Task Maps_top_intent_score_and_entities()
    {
        _clu.Predicts("meeting.schedule", 0.91, """
            [{"category":"date","text":"พรุ่งนี้","offset":14,"length":8,"confidenceScore":1,
              "resolutions":[{"resolutionKind":"DateTimeResolution","dateTimeSubKind":"Date","timex":"2026-11-27","value":"2026-11-27"}]},
             {"category":"daterange","text":"สัปดาห์หน้า","offset":30,"length":11,"confidenceScore":1,
              "resolutions":[{"resolutionKind":"TemporalSpanResolution","timex":"(2026-11-30,2026-12-07,P7D)","begin":"2026-11-30","end":"2026-12-07"}]},
             {"category":"committee","text":"กมธ.ต่างประเทศ","offset":0,"length":14,"confidenceScore":1,
              "extraInformation":[{"extraInformationKind":"ListKey","key":"foreign-affairs"}]},
             {"category":"complaintReference","text":"cmp-2569-000123-k7","offset":50,"length":18,"confidenceScore":0.9}]
            """);

        var result = await Recognizer.RecognizeAsync("กมธ.ต่างประเทศ พรุ่งนี้ หรือ สัปดาห์หน้า เรื่อง cmp-2569-000123-k7");

        Assert.Equal((Intents.MeetingSchedule, 0.91), (result.Intent, result.Score));
        Assert.Equal(new DateOnly(2026, 11, 27), Assert.Single(result.Entities.OfType<DateEntity>()).Date);
        var week = Assert.Single(result.Entities.OfType<DateRangeEntity>());
        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6)), (week.Start, week.End));
        Assert.Equal("foreign-affairs", Assert.Single(result.Entities.OfType<CommitteeEntity>()).Committee.Id);
        var reference = Assert.Single(result.Entities.OfType<ComplaintReferenceEntity>());
        Assert.Equal(("CMP-2569-000123-K7", 50), (reference.Reference, reference.Offset));
    }

    [Fact]
    public async Task An_intent_outside_ours_is_none()
    {
        _clu.Predicts("None", 0.8);

        Assert.Equal(Intents.None, (await Recognizer.RecognizeAsync("ผลบอลเมื่อคืน")).Intent);
    }

    [Fact]
    public async Task An_error_status_falls_back_to_the_embedded_recognizer()
    {
        _clu.Answer = context => { context.Response.StatusCode = 500; return Task.CompletedTask; };

        var result = await Recognizer.RecognizeAsync("ขอคุยกับเจ้าหน้าที่หน่อยครับ");

        Assert.Equal(Intents.Human, result.Intent);
        Assert.Single(_clu.Requests);
    }

    [Fact]
    public async Task A_slow_answer_is_cut_off_by_the_timeout_and_the_embedded_recognizer_answers()
    {
        _clu.Answer = context => Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
        var clock = Stopwatch.StartNew();

        var result = await Recognizer.RecognizeAsync("ยกเลิกค่ะ");

        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task After_repeated_failures_the_circuit_opens_and_CLU_is_not_called()
    {
        _clu.Answer = context => { context.Response.StatusCode = 503; return Task.CompletedTask; };

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(Intents.Thanks, (await Recognizer.RecognizeAsync("ขอบคุณมากครับ")).Intent);
        }

        Assert.Equal(4, _clu.Requests.Count);
    }
}
