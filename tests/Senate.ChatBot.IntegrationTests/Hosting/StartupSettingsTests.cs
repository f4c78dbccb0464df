using System.Diagnostics;
using System.Text;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Hosting;

/// <summary>Starts the real executable in Production the way an operator would, with one setting missing at a time.</summary>
public sealed class StartupSettingsTests
{
    private static readonly Dictionary<string, string> Complete = new()
    {
        ["ConnectionStrings__Postgres"] = TestSettings.Postgres,
        ["ConnectionStrings__Redis"] = TestSettings.Redis,
        ["Line__ChannelSecret"] = TestSettings.LineChannelSecret,
        ["Line__ChannelAccessToken"] = TestSettings.LineChannelAccessToken,
        ["DirectLine__Secret"] = TestSettings.DirectLineSecret,
    };

    [Theory]
    [InlineData("Line__ChannelSecret")]
    [InlineData("Line__ChannelAccessToken")]
    [InlineData("DirectLine__Secret")]
    [InlineData("ConnectionStrings__Postgres")]
    [InlineData("ConnectionStrings__Redis")]
    public async Task Production_refuses_to_start_and_names_the_missing_setting(string missing)
    {
        var (exitCode, output) = await RunHostAsync(new Dictionary<string, string>(Complete) { [missing] = "" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains(missing, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clu_key_is_required_once_an_endpoint_is_configured()
    {
        var (exitCode, output) = await RunHostAsync(new Dictionary<string, string>(Complete) { ["Clu__Endpoint"] = "https://clu.invalid/" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Clu__Key", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_starts_with_every_setting_from_the_environment()
    {
        var (exitCode, output) = await RunHostAsync(Complete, stopWhenStarted: true);

        Assert.Equal(-1, exitCode);
        Assert.Contains("Application started", output, StringComparison.Ordinal);
    }

    /// <returns>The exit code, or -1 when the host was still running and was stopped by the test.</returns>
    private static async Task<(int ExitCode, string Output)> RunHostAsync(IDictionary<string, string> environment, bool stopWhenStarted = false)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Senate.ChatBot.Host"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Marten__Schema"] = "startup_check";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var started = new TaskCompletionSource();
        void Collect(object? _, DataReceivedEventArgs line)
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data?.Contains("Application started", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(exited, started.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        var exitCode = -1;
        if (first == exited)
        {
            exitCode = process.ExitCode;
        }
        else
        {
            Assert.True(stopWhenStarted && first == started.Task, "The host neither stopped nor started within a minute.");
            process.Kill(entireProcessTree: true);
            await exited;
        }

        lock (output)
        {
            return (exitCode, output.ToString());
        }
    }
}
