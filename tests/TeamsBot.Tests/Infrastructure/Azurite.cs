using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// One real Azurite for the whole test run: its Blob, Queue and Table services, in memory, on free loopback ports.
/// Tests never share data: each uses its own table prefix, which also names its queue. Set AZURITE_CONNECTION_STRING
/// to use a running one instead (with all three endpoints).
/// </summary>
public static partial class Azurite
{
    private static readonly Lazy<string> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ConnectionString => Instance.Value;

    /// <summary>The Table service port in a connection string of this kind (or a running Azurite's).</summary>
    public static int? PortOf(string connectionString) =>
        TableEndpointPort().Match(connectionString) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>The connection string with its Table service moved to <paramref name="port"/> (a relay in front of it), other services kept.</summary>
    public static string WithTablePort(string connectionString, int port) =>
        TableEndpointPort().Replace(connectionString,
            m => m.Value[..(m.Groups[1].Index - m.Index)] + port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A connection string to a Table service alone on <paramref name="port"/> (a relay, or nothing at all).</summary>
    public static string ConnectionStringFor(int port) => Account + Endpoint("Table", port);

    private const string Account =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;";

    private static string Endpoint(string service, int port) =>
        $"{service}Endpoint=http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/devstoreaccount1;";

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } existing)
        {
            return existing;
        }

        var executable = RepoPaths.InRepo("node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}. Run 'npm ci' (npm test does it for you).");
        }

        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        string[] ports = [.. new[] { ("blob", blob), ("queue", queue), ("table", table) }
            .SelectMany(p => new[] { $"--{p.Item1}Host", "127.0.0.1", $"--{p.Item1}Port", p.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
        var process = Process.Start(new ProcessStartInfo(executable,
            [.. ports, "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);

        foreach (var port in new[] { blob, queue, table })
        {
            WaitForPort(port, process);
        }

        return Account + Endpoint("Blob", blob) + Endpoint("Queue", queue) + Endpoint("Table", table);
    }

    private static void WaitForPort(int port, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within 30 s.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"TableEndpoint=https?://[^:/;]+:(\d+)")]
    private static partial System.Text.RegularExpressions.Regex TableEndpointPort();
}
