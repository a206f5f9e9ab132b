using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// One real Azurite Table service for the whole test run (in memory, on a free port). Tests never share
/// data: each uses its own table prefix. Set AZURITE_TABLE_CONNECTION_STRING to use a running one instead.
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

    public static string ConnectionStringFor(int port) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_TABLE_CONNECTION_STRING") is { Length: > 0 } existing)
        {
            return existing;
        }

        var executable = RepoPaths.InRepo("node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}. Run 'npm ci' (npm test does it for you).");
        }

        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo(executable,
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);

        WaitForPort(port, process);
        return ConnectionStringFor(port);
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
