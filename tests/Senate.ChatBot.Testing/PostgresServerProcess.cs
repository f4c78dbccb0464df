using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Senate.ChatBot.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster of a test's own (initdb into a temporary folder, a free port), so
/// the test can take the database away and bring it back without disturbing other tests. PostgreSQL
/// refuses to run as root, so as root its tools run as the postgres user that script/services creates.
/// </summary>
public sealed class PostgresServerProcess : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"senate-pg-{Guid.NewGuid():N}");

    public PostgresServerProcess()
    {
        Port = FreePort();
        // initdb creates the folder itself, so as root it belongs to postgres.
        Run("initdb", "-D", _directory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        Start();
    }

    public int Port { get; }

    /// <summary>Short timeouts: a test wants to see the outage, not wait it out.</summary>
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;Timeout=3;Command Timeout=10";

    public void Start() =>
        Run("pg_ctl", "-D", _directory, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "30", "-o",
            $"-p {Port.ToString(CultureInfo.InvariantCulture)} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>Stops at once, as a crash would: open sessions are cut, nothing is flushed politely.</summary>
    public void Stop() => Run("pg_ctl", "-D", _directory, "-m", "immediate", "-w", "stop");

    public void Dispose()
    {
        if (File.Exists(Path.Combine(_directory, "postmaster.pid")))
        {
            Stop();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static void Run(string tool, params string[] arguments)
    {
        var program = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).FirstOrDefault(File.Exists) ?? tool;
        var start = Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {error}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
