using System.Diagnostics;
using System.Reflection;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Benchmarks;

/// <summary>
/// The benchmark program still runs end to end and every check-in reaches its board. It checks no speed:
/// figures come from running the program by hand (see README), never from a timed test.
/// </summary>
public sealed class BenchmarkProgramTests
{
    private static string Configuration =>
        typeof(BenchmarkProgramTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    [Theory]
    [InlineData("--counsellors", "12", "--concurrency", "4", "--channels", "3", "--warmup", "3")]
    [InlineData("--counsellors", "10", "--concurrency", "5", "--channels", "2", "--warmup", "0", "--bursts")]
    public async Task SmallRun_PrintsItsFiguresAndEveryCheckInReachesTheBoard(params string[] arguments)
    {
        var dll = RepoPaths.InRepo("tests", "TeamsBot.Benchmarks", "bin", Configuration, "net10.0", "TeamsBot.Benchmarks.dll");
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Reuse the test run's Azurite rather than starting another.
        start.Environment["AZURITE_CONNECTION_STRING"] = Azurite.ConnectionString;

        using var process = Process.Start(start)!;
        var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        var text = string.Join("\n", await output);

        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("check-in -> board update at connector: p50", text, StringComparison.Ordinal);
        Assert.Contains("host peak memory", text, StringComparison.Ordinal);
        Assert.Contains("errors: 0 check-ins not answered 200, 0 never on their board, 0 unexpected connector calls", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SparringRun_PrintsBothFiguresAndEveryRequestReachesTheSupervisorAndEscalates()
    {
        var dll = RepoPaths.InRepo("tests", "TeamsBot.Benchmarks", "bin", Configuration, "net10.0", "TeamsBot.Benchmarks.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--sparring", "3", "--sparring-burst", "2"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["AZURITE_CONNECTION_STRING"] = Azurite.ConnectionString;

        using var process = Process.Start(start)!;
        var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        var text = string.Join("\n", await output);

        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("sparring request -> supervisor's card at connector (2 at the same moment): p50", text, StringComparison.Ordinal);
        Assert.Contains("escalation: second step's card at connector minus its deadline (3 open): p50", text, StringComparison.Ordinal);
        Assert.Contains("errors: 0 requests not answered 200, 0 supervisor cards never arrived, 0 second steps never arrived, 0 unexpected connector calls", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownArgument_ExitsWithUsage()
    {
        var dll = RepoPaths.InRepo("tests", "TeamsBot.Benchmarks", "bin", Configuration, "net10.0", "TeamsBot.Benchmarks.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "--counsellors", "many"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--counsellors needs a whole number", error, StringComparison.Ordinal);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_PrintsUsageAndExitsWithoutError(string argument)
    {
        var dll = RepoPaths.InRepo("tests", "TeamsBot.Benchmarks", "bin", Configuration, "net10.0", "TeamsBot.Benchmarks.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, argument]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        var (stdout, stderr) = (await output) is [var o, var e] ? (o, e) : default;

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("usage: npm run bench --", stdout, StringComparison.Ordinal);
        Assert.Contains("--counsellors N", stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr);
    }
}
