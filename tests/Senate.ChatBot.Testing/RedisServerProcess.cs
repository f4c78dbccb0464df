using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Senate.ChatBot.Testing;

/// <summary>A throw-away redis-server of a test's own, so the test can stop it without disturbing others.</summary>
public sealed class RedisServerProcess : IDisposable
{
    private Process _process;

    public RedisServerProcess()
    {
        Port = FreePort();
        _process = Launch(Port);
        WaitUntilListening();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=1000,syncTimeout=1000";

    public void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    /// <summary>Starts it again, empty, on the same port (as after a crash without persistence).</summary>
    public void Start()
    {
        if (_process.HasExited)
        {
            _process.Dispose();
            _process = Launch(Port);
            WaitUntilListening();
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private static Process Launch(int port) =>
        Process.Start(new ProcessStartInfo("redis-server",
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException("redis-server did not start listening");
    }
}
