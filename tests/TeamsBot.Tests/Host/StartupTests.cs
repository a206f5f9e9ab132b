using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
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

    /// <summary>
    /// Every other refusal, checked in-process (faster): the same start-up validation the host runs before it
    /// listens, over the app's real service registrations. The message names the key to fix.
    /// </summary>
    [Theory]
    [InlineData("Bot:MicrosoftAppId", "00000000-0000-0000-0000-000000000001", "Bot:MicrosoftAppPassword")]
    [InlineData("Bot:MicrosoftAppType", "Tenantless", "Bot:MicrosoftAppType")]
    [InlineData("Bot:MaxRetries", "50", "Bot:MaxRetries")]
    [InlineData("Bot:AttemptTimeout", "00:00:30", "Bot:AttemptTimeout cannot be longer than Bot:TotalTimeout")]
    [InlineData("Bot:RetryBaseDelay", "00:05:00", "Bot:RetryBaseDelay")]
    [InlineData("Bot:SigningKeysLifetime", "00:00:01", "Bot:SigningKeysLifetime")]
    [InlineData("Storage:MaxRetries", "-1", "Storage:MaxRetries")]
    [InlineData("Storage:RequestTimeout", "00:00:00", "Storage:RequestTimeout")]
    [InlineData("Storage:TablePrefix", "9-bad", "Storage:TablePrefix")]
    [InlineData("Storage:MaxConnectionsPerServer", "0", "Storage:MaxConnectionsPerServer")]
    [InlineData("Shifts:BoardLanguage", "de", "Shifts:BoardLanguage")]
    [InlineData("Shifts:DropInRoomUrl", "http://meet.example.org/room", "Shifts:DropInRoomUrl")]
    public void Start_InvalidSetting_RefusedNamingTheKey(string key, string value, string expected)
    {
        using var services = AppServices(new() { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_TemplateLikeSettings_Accepted()
    {
        using var services = AppServices([]);

        services.GetRequiredService<IStartupValidator>().Validate(); // Throws if the baseline itself were refused.
    }

    private static ServiceProvider AppServices(Dictionary<string, string?> settings) =>
        AppRegistrations.Build(Environments.Development, settings);

    private static string Flatten(Exception error) =>
        error is AggregateException many ? string.Join("\n", many.InnerExceptions.Select(Flatten)) : error.Message + "\n" + (error.InnerException is { } inner ? Flatten(inner) : "");
}
