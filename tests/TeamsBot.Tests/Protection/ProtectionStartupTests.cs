using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Protection;

/// <summary>Start-up refusals about the key-protecting certificate: the host's own validation over its real registrations.</summary>
public sealed class ProtectionStartupTests
{
    /// <summary>The host's registrations, with an app id so only the setting under test can fail.</summary>
    private static ServiceProvider AppServices(string environment, Dictionary<string, string?> settings) =>
        AppRegistrations.Build(environment, AppRegistrations.AppId, settings);

    private static string Refusal(ServiceProvider services) =>
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate()).Message;

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Start_OutsideDevelopmentWithoutCertificate_RefusedNamingTheKeys(string environment)
    {
        using var services = AppServices(environment, []);

        var message = Refusal(services);

        Assert.Contains("Set DataProtection:Certificate:Path (environment variable DataProtection__Certificate__Path)", message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:Certificate:Password", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ProductionWithCertificate_Accepted()
    {
        using var services = AppServices(Environments.Production, TestCertificate.Shared.Settings);

        services.GetRequiredService<IStartupValidator>().Validate(); // Throws if refused.
    }

    [Fact]
    public void Start_DevelopmentWithoutCertificate_Accepted()
    {
        using var services = AppServices(Environments.Development, []);

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void Start_CertificateWithWrongPassword_RefusedNamingTheKeys()
    {
        using var services = AppServices(Environments.Production, new(TestCertificate.Shared.Settings) { ["DataProtection:Certificate:Password"] = "not-it" });

        var message = Refusal(services);

        Assert.Contains("DataProtection:Certificate:Path names", message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:Certificate:Password", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_CertificateFileMissing_RefusedNamingTheKey()
    {
        using var services = AppServices(Environments.Development, new() { ["DataProtection:Certificate:Path"] = "/nonexistent/keys.pfx" });

        Assert.Contains("DataProtection:Certificate:Path names /nonexistent/keys.pfx", Refusal(services), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_InvalidContainerName_RefusedNamingTheKey()
    {
        using var services = AppServices(Environments.Development, new() { ["DataProtection:KeyRingContainer"] = "Keys_Here" });

        Assert.Contains("DataProtection:KeyRingContainer", Refusal(services), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ProductionHostWithoutCertificate_DoesNotStart()
    {
        using var bot = new BotFactory(new() { ["DataProtection:Certificate:Path"] = "", ["DataProtection:Certificate:Password"] = "" }, environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => bot.Services);

        Assert.Contains("Set DataProtection:Certificate:Path", error.Message, StringComparison.Ordinal);
    }
}
