using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Senate.ChatBot.Testing;

/// <summary>
/// One host instance as an operator runs it: the built dll in its own process, every setting from
/// the environment, listening on a loopback port. The benchmark and the fault drills start these,
/// because only a real process can be killed mid-burst and measured from /proc.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private bool _disposed;

    private HostProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    /// <summary>The host built next to the calling test assembly (a project reference copies it there).</summary>
    public static string BesideTests => Path.Combine(AppContext.BaseDirectory, "Senate.ChatBot.Host.dll");

    /// <summary>Starts the host dll with exactly these environment settings and waits until /health/ready answers 200.</summary>
    /// <param name="hostDll">The built Senate.ChatBot.Host.dll.</param>
    /// <param name="environment">Settings as an operator sets them (ConnectionStrings__Postgres, ...).</param>
    /// <param name="logFile">Where the host's output goes; null drops it.</param>
    public static async Task<HostProcess> StartAsync(string hostDll, IReadOnlyDictionary<string, string> environment, string? logFile = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = logFile is null ? StreamWriter.Null : new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // Both pipes are drained at once, or a chatty host would block on a full pipe.
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>SIGKILL: no graceful shutdown, leases and in-flight requests are left as a crash leaves them.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            // SIGTERM first so the host releases its inbox leases; a host that hangs is killed.
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartPatience;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The host did not become ready; see its log (exited: {_process.HasExited}).");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
