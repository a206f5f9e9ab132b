using System.Diagnostics;
using System.Globalization;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>
/// Start-up refusals, tested on the real bot process: it must exit non-zero with a message that says
/// which key to fix, as an operator would see it.
/// </summary>
public sealed class StartupTests
{
    private static async Task<(int ExitCode, string Output)> RunBotAsync(Dictionary<string, string> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "TeamsBot.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{Azurite.FreePort().ToString(CultureInfo.InvariantCulture)}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__ConnectionString"] = Azurite.ConnectionString;
        start.Environment["Storage__TablePrefix"] = "T" + Guid.NewGuid().ToString("N")[..16];
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The bot started (or hung) instead of refusing to start.");
        }

        return (process.ExitCode, string.Join("\n", await output));
    }

    [Fact]
    public async Task Start_WithoutStorageConnectionString_ExitsNamingTheKey()
    {
        var (exitCode, output) = await RunBotAsync(new() { ["Storage__ConnectionString"] = "" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Set Storage:ConnectionString (environment variable Storage__ConnectionString)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StorageUnreachable_ExitsSayingSo()
    {
        var (exitCode, output) = await RunBotAsync(new() { ["Storage__ConnectionString"] = Azurite.ConnectionStringFor(Azurite.FreePort()) });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("cannot be reached", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownTimeZone_ExitsNamingTheKey()
    {
        var (exitCode, output) = await RunBotAsync(new() { ["Shifts__TimeZone"] = "Europe/Atlantis" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Shifts:TimeZone", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MaxShiftDurationOutOfRange_ExitsNamingTheKey()
    {
        var (exitCode, output) = await RunBotAsync(new() { ["Shifts__MaxShiftDuration"] = "3.00:00:00" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Shifts:MaxShiftDuration", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithoutAppId_ExitsNamingTheKey()
    {
        var (exitCode, output) = await RunBotAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Bot:MicrosoftAppId", output, StringComparison.Ordinal);
    }
}
