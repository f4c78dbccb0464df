using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Hosting;

public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("Line:ChannelSecret", "Line__ChannelSecret")]
    [InlineData("Line:ChannelAccessToken", "Line__ChannelAccessToken")]
    [InlineData("ConnectionStrings:Postgres", "ConnectionStrings__Postgres")]
    [InlineData("ConnectionStrings:Redis", "ConnectionStrings__Redis")]
    public async Task Service_refuses_to_start_naming_a_missing_required_setting(string key, string environmentName)
    {
        await using var factory = new SenateHostFactory(new Dictionary<string, string?> { [key] = "" });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(environmentName, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clu_key_is_required_once_an_endpoint_is_configured()
    {
        await using var factory = new SenateHostFactory(new Dictionary<string, string?>
        {
            ["Clu:Endpoint"] = "https://clu.invalid/",
        });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Clu__Key", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? "" : " | " + Flatten(error.InnerException));
}
