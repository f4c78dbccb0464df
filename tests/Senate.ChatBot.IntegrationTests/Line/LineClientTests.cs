using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.Host.Channels.Line.Api;

namespace Senate.ChatBot.IntegrationTests.Line;

public sealed class LineClientTests
{
    [Fact]
    public async Task Profile_of_a_friend_is_read_and_a_non_friend_is_null()
    {
        await using var host = await LineHost.StartAsync();
        var friend = host.NewFriend("สมหญิง");
        var client = host.Get<LineMessagingClient>();

        var profile = await client.GetProfileAsync(friend, CancellationToken.None);
        var stranger = await client.GetProfileAsync("U" + new string('0', 32), CancellationToken.None);

        Assert.Equal("สมหญิง", profile?.DisplayName);
        Assert.Null(stranger);
    }

    [Fact]
    public async Task A_slow_turn_shows_the_loading_animation_before_the_answer()
    {
        await using var host = await LineHost.StartAsync(testServices: s => s.AddSingleton<IMiddleware>(new SlowTurn()));
        var user = host.NewFriend();

        await host.SendOkAsync(host.Fake.UserText(user, "ช่วยเหลือ"));

        await host.Fake.WaitForMessagesAsync(user, 1);
        var calls = host.Fake.State.Calls.Select(c => (c.Operation, c.Status)).ToList();
        Assert.True(calls.IndexOf(("loading", 202)) is >= 0 and var loading && loading < calls.IndexOf(("reply", 200)),
            "the loading animation came first: " + string.Join(", ", calls));
    }

    /// <summary>Registered after the typing middleware, so the bot seems to think for a second.</summary>
    private sealed class SlowTurn : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            await next(cancellationToken);
        }
    }
}
