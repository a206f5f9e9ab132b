using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Benchmarks;

/// <summary>
/// The real host, built in the benchmark's own configuration, as a process of its own: Development with no
/// app id (as with the Agents Playground), its own tables in Azurite, its appsettings as shipped.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri address, string tablePrefix)
    {
        _process = process;
        Address = address;
        TablePrefix = tablePrefix;
    }

    public Uri Address { get; }

    /// <summary>The prefix of the host's tables in Azurite, for writing what a coordinator would set up (the roster).</summary>
    public string TablePrefix { get; }

    public static string Configuration =>
        typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <param name="environment">Settings of the run beyond storage (e.g. <c>Sparring__AckTimeout</c>), as environment variables.</param>
    public static async Task<BotProcess> StartAsync(string storageConnectionString, int port, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = RepoPaths.InRepo("src", "TeamsBot", "bin", Configuration, "net10.0", "TeamsBot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The host is not built at {dll}. Build the benchmark with -c {Configuration}; it builds the host too.");
        }

        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "--urls", address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__ConnectionString"] = storageConnectionString;
        var tablePrefix = "Bench" + Guid.NewGuid().ToString("N")[..12];
        start.Environment["Storage__TablePrefix"] = tablePrefix;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var output = new BoundedLog();
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode}:\n{output}");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return new BotProcess(process, address, tablePrefix);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The host did not answer /healthz within 60 s:\n{output}");
    }

    /// <summary>The host's peak resident memory so far (VmHWM), in bytes; null where /proc is not available.</summary>
    public long? PeakResidentBytes() => PeakMemory.ResidentBytes(_process.Id);

    /// <summary>CPU time the host has used so far (user + system), from /proc; null where that is not available.</summary>
    public TimeSpan? CpuTime()
    {
        _process.Refresh();
        try
        {
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
