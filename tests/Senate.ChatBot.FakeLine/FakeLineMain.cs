using System.Globalization;

namespace Senate.ChatBot.FakeLine;

/// <summary>
/// Runs the fake on its own. "serve" starts the platform and its chat console for script/server;
/// "load" sends signed webhooks to a bot and prints acknowledgement times. The channel secret and
/// token come from Line__ChannelSecret and Line__ChannelAccessToken, as for the bot.
/// </summary>
public static class FakeLineMain
{
    public static async Task<int> Main(string[] args)
    {
        var secret = Environment.GetEnvironmentVariable("Line__ChannelSecret");
        var token = Environment.GetEnvironmentVariable("Line__ChannelAccessToken");
        if (args.Length == 0 || secret is null || token is null)
        {
            await Console.Error.WriteLineAsync(
                "usage (with Line__ChannelSecret and Line__ChannelAccessToken set):\n" +
                "  serve --port 5081 --webhook http://localhost:5080/api/line/webhook\n" +
                "  load --webhook http://localhost:5080/api/line/webhook --requests 2000 --concurrency 8");
            return 2;
        }

        var webhook = new Uri(Option(args, "--webhook") ?? "http://localhost:5080/api/line/webhook");
        if (args[0] == "load")
        {
            var result = await LoadGenerator.RunAsync(webhook, secret,
                int.Parse(Option(args, "--requests") ?? "1000", CultureInfo.InvariantCulture),
                int.Parse(Option(args, "--concurrency") ?? "8", CultureInfo.InvariantCulture));
            Console.WriteLine(result);
            return result.Failures == 0 ? 0 : 1;
        }

        await using var fake = await FakeLinePlatform.StartAsync(new FakeLineOptions
        {
            ChannelSecret = secret,
            ChannelAccessToken = token,
            Port = int.Parse(Option(args, "--port") ?? "5081", CultureInfo.InvariantCulture),
            WebhookUrl = webhook,
            Logging = true,
        });
        Console.WriteLine($"Fake LINE platform on {fake.BaseUrl} (chat console at {fake.BaseUrl}/), webhooks to {webhook}");
        // Ctrl+C and SIGTERM reach the web host's lifetime, which then stops the fake.
        await Task.Delay(Timeout.Infinite, fake.Stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
