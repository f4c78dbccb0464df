using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.ChatBot.FakeLine;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Faults;

/// <summary>A host process is killed (SIGKILL) in the middle of a burst of LINE webhooks and another takes over.</summary>
public sealed class HostKillDrillTests : IAsyncLifetime
{
    private const int Users = 30;
    private const int EventsPerUser = 5;

    private readonly string _schema = $"f_{Guid.NewGuid():N}"[..20];
    private FakeLinePlatform _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeLinePlatform.StartAsync(new FakeLineOptions
    {
        ChannelSecret = TestSettings.LineChannelSecret,
        ChannelAccessToken = TestSettings.LineChannelAccessToken,
    });

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Nothing_is_lost_nothing_is_answered_twice_and_each_person_is_answered_in_order()
    {
        await using var host = await HostProcess.StartAsync(HostProcess.BesideTests, Environment());
        using var toFirst = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        _fake.WebhookClient = toFirst;
        var control = LineEvents.NewUserId();
        Assert.Equal(HttpStatusCode.OK, await SendAsync(_fake.UserText(control, "ช่วยเหลือ")));
        var perAnswer = (await _fake.WaitForMessagesAsync(control, 1)).Count;

        var acknowledged = 0;
        var killNow = new TaskCompletionSource();
        var restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new Dictionary<string, List<string>>(); // user → reply tokens in the order of the events
        var users = Enumerable.Range(0, Users).Select(_ => LineEvents.NewUserId()).ToList();
        var burst = users.Select(async user =>
        {
            var tokens = new List<string>();
            lock (sent)
            {
                sent[user] = tokens;
            }

            for (var i = 0; i < EventsPerUser; i++)
            {
                var e = _fake.UserText(user, "ช่วยเหลือ");
                tokens.Add((string)e["replyToken"]!);
                // One user's events go one after another; one that got no 200 is redelivered, as LINE does, to the new host.
                if (await SendAsync(e) != HttpStatusCode.OK)
                {
                    await restarted.Task;
                    Assert.Equal(HttpStatusCode.OK, await SendAsync(LineEvents.AsRedelivery(e)));
                }

                if (Interlocked.Increment(ref acknowledged) == Users * EventsPerUser / 3)
                {
                    killNow.SetResult();
                }
            }
        }).ToList();

        await killNow.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await host.KillAsync();
        var replacement = await HostProcess.StartAsync(HostProcess.BesideTests, Environment());
        using var toReplacement = new HttpClient { BaseAddress = replacement.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        await using (replacement)
        {
            _fake.WebhookClient = toReplacement;
            restarted.SetResult();
            await Task.WhenAll(burst);

            // Events the killed host had claimed are taken over when their lease runs out.
            foreach (var user in users)
            {
                Assert.Equal(EventsPerUser * perAnswer, (await _fake.WaitForMessagesAsync(user, EventsPerUser * perAnswer, TimeSpan.FromSeconds(50))).Count);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.All(users, user => Assert.Equal(EventsPerUser * perAnswer, _fake.State.MessagesTo(user).Count));
            AssertRepliesInOrder(sent);
            Assert.Empty(_fake.State.Violations);
        }
    }

    // Every reply names its event's token: per person, the tokens LINE accepted come in the order of the events.
    private void AssertRepliesInOrder(Dictionary<string, List<string>> sent)
    {
        var used = _fake.State.Calls.Where(c => c.Operation == "reply" && c.Status == 200)
            .Select(c => JsonDocument.Parse(c.Body!).RootElement.GetProperty("replyToken").GetString()!).ToList();
        foreach (var (user, tokens) in sent)
        {
            var order = used.Select(t => tokens.IndexOf(t)).Where(i => i >= 0).ToList();
            Assert.Equal(order.Order(), order);
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Postgres"] = TestSettings.Postgres,
        ["ConnectionStrings__Redis"] = TestSettings.Redis,
        ["Marten__Schema"] = _schema,
        ["Line__ChannelSecret"] = TestSettings.LineChannelSecret,
        ["Line__ChannelAccessToken"] = TestSettings.LineChannelAccessToken,
        ["Line__ApiBaseUrl"] = _fake.BaseUrl,
        ["Line__DataApiBaseUrl"] = _fake.BaseUrl,
        ["Line__PollMilliseconds"] = "200",
        // Longer than a conversation's Redis turn lease (30 s), so the new host never runs an event the dead one may still hold.
        ["Line__LeaseSeconds"] = "35",
        ["DirectLine__Secret"] = TestSettings.DirectLineSecret,
    };

    /// <summary>Through the fake's own signed sender; null when the host did not answer at all (it was killed).</summary>
    private async Task<HttpStatusCode?> SendAsync(JsonObject e)
    {
        try
        {
            using var response = await _fake.SendAsync(e);
            return response.StatusCode;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }
}
