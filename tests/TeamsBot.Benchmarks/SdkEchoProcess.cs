using System.Diagnostics;
using System.Globalization;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Benchmarks;

/// <summary>Microsoft's Bot Builder JS SDK echo bot (tests/sdk-echo/echo-bot.mjs) as a Node process of its own.</summary>
public sealed class SdkEchoProcess : IDisposable
{
    private readonly Process _process;

    private SdkEchoProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static string Script => RepoPaths.InRepo("tests", "sdk-echo", "echo-bot.mjs");

    public static async Task<SdkEchoProcess> StartAsync(int port)
    {
        if (!File.Exists(RepoPaths.InRepo("node_modules", "botbuilder", "package.json")))
        {
            throw new InvalidOperationException("botbuilder is not installed: run the comparison as `npm run bench -- --compare-sdk`, which installs it.");
        }

        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("node", [Script, port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.InRepo(),
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The SDK echo bot did not start.");
        var output = new BoundedLog();
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The SDK echo bot exited with code {process.ExitCode}:\n{output}");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return new SdkEchoProcess(process, address);
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
        throw new TimeoutException($"The SDK echo bot did not answer within 30 s:\n{output}");
    }

    /// <summary>The Node version that runs the echo bot, for the figures' heading.</summary>
    public static string NodeVersion()
    {
        using var node = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true })!;
        var version = node.StandardOutput.ReadToEnd().Trim();
        node.WaitForExit();
        return version;
    }

    public long? PeakResidentBytes() => PeakMemory.ResidentBytes(_process.Id);

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
