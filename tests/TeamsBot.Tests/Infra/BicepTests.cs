using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Infra;

/// <summary>
/// infra/main.bicep compiled and linted by the bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package: no error,
/// no warning (an unknown resource type or API version is one), and the settings the bot needs are wired.
/// </summary>
public sealed class BicepTests
{
    private static readonly string Template = RepoPaths.InRepo("infra", "main.bicep");

    // Compiling takes seconds: the checked-in template is compiled once per run and only read by the tests.
    private static readonly Lazy<Task<(int ExitCode, string Output, string Diagnostics)>> Compiled = new(() => BicepAsync("build", Template, "--stdout"));

    [Fact]
    public async Task Build_MainBicep_CompilesWithoutErrorsOrWarnings()
    {
        var (exitCode, output, diagnostics) = await Compiled.Value;

        Assert.True(exitCode == 0, diagnostics);
        Assert.DoesNotContain("Warning", diagnostics, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(output)!["resources"]);
    }

    [Fact]
    public async Task Lint_MainBicep_NoFindings()
    {
        var (exitCode, _, diagnostics) = await BicepAsync("lint", Template);

        Assert.True(exitCode == 0 && !diagnostics.Contains("Warning", StringComparison.Ordinal), diagnostics);
    }

    [Fact]
    public async Task Build_BrokenTemplate_FailsWithTheError()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"vagtrum-broken-{Guid.NewGuid():N}.bicep");
        await File.WriteAllTextAsync(broken, "resource x 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'x'\n  location: undefinedName\n}\n");
        try
        {
            var (exitCode, _, diagnostics) = await BicepAsync("build", broken, "--stdout");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Error", diagnostics, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task Build_MainBicep_WiresTheManagedIdentityIntoTheAppAndTheBot()
    {
        var (_, output, diagnostics) = await Compiled.Value;
        var arm = output.Length > 0 ? output : throw new Xunit.Sdk.XunitException(diagnostics);

        foreach (var setting in new[]
        {
            "ASPNETCORE_ENVIRONMENT", "Bot__MicrosoftAppType", "Bot__MicrosoftAppId", "Bot__MicrosoftAppTenantId", "AZURE_CLIENT_ID",
            "Storage__ConnectionString", "DataProtection__Certificate__Path", "WEBSITE_LOAD_CERTIFICATES",
        })
        {
            // The settings are one ARM expression (concat of the fixed ones and the role lists), so each name is quoted in it.
            Assert.Contains($"'name', '{setting}'", arm, StringComparison.Ordinal);
        }

        Assert.Contains("\"linuxFxVersion\": \"DOTNETCORE|10.0\"", arm, StringComparison.Ordinal);
        Assert.Contains("\"msaAppType\": \"UserAssignedMSI\"", arm, StringComparison.Ordinal);
        Assert.Contains("\"channelName\": \"MsTeamsChannel\"", arm, StringComparison.Ordinal);
        Assert.Contains("/api/messages", arm, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Diagnostics)> BicepAsync(params string[] arguments)
    {
        var bicep = typeof(BicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        Assert.True(File.Exists(bicep), $"The bicep CLI is not at {bicep}: restore the test project (package Azure.Bicep.CommandLine.linux-x64).");
        var start = new ProcessStartInfo(bicep, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await diagnostics);
    }
}
