using Senate.ChatBot.IntegrationTests.Complaints;

namespace Senate.ChatBot.IntegrationTests.Desk;

/// <summary>A test class with its own host on a clock it controls; many desk users sign in, so the sign-in rate limit is raised.</summary>
public abstract class DeskHostTest : IAsyncLifetime
{
    protected ClockedHost Host { get; } = new(new Dictionary<string, string?> { ["Desk:SignInAttemptsPerMinute"] = "100" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
