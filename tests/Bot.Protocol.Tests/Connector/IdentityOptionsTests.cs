using Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Tests.Connector;

/// <summary>The outbound identity settings refused at start-up, each with a message naming the key to fix.</summary>
public sealed class IdentityOptionsTests
{
    private const string AppId = "4a1c2f33-0000-4000-8000-0000000000aa";
    private const string Tenant = "7d2a5e61-0000-4000-8000-0000000000bb";

    public static TheoryData<string, Dictionary<string, string?>, string> Refused => new()
    {
        { "secret and certificate", new() { ["MicrosoftAppPassword"] = "s", ["CertificatePath"] = "/tmp/x.pfx" }, "Bot:MicrosoftAppPassword and Bot:CertificatePath are both set" },
        { "no credential", new(), "Bot:MicrosoftAppPassword (a client secret) or Bot:CertificatePath" },
        { "certificate file missing", new() { ["CertificatePath"] = "/nonexistent/bot.pfx" }, "Bot:CertificatePath names no file" },
        { "password without certificate", new() { ["MicrosoftAppPassword"] = "s", ["CertificatePassword"] = "p" }, "Bot:CertificatePassword is set but Bot:CertificatePath is not" },
        { "single tenant without tenant", new() { ["MicrosoftAppPassword"] = "s", ["MicrosoftAppTenantId"] = "" }, "Bot:MicrosoftAppTenantId must be set for a SingleTenant bot" },
        { "MSI with a secret", new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppPassword"] = "s" }, "UserAssignedMSI, so the token comes from the managed identity and Bot:MicrosoftAppPassword must be empty" },
        { "MSI with a certificate", new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["CertificatePath"] = "/tmp/x.pfx" }, "and Bot:CertificatePath must be empty" },
        { "MSI without tenant", new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppTenantId"] = "" }, "Bot:MicrosoftAppTenantId must be set for a UserAssignedMSI bot" },
        { "MSI without app id", new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = "" }, "Bot:MicrosoftAppId must be set to the client id of the user-assigned managed identity" },
        { "unknown type", new() { ["MicrosoftAppType"] = "SystemAssignedMSI", ["MicrosoftAppPassword"] = "s" }, "Bot:MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Validate_WrongIdentitySettings_RefusedNamingTheKey(string wrong, Dictionary<string, string?> settings, string expected)
    {
        using var services = IdentityServices.Build(Settings(settings));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorOptions>>().Value);

        Assert.True(error.Failures.Any(f => f.Contains(expected, StringComparison.Ordinal)), $"{wrong}: {string.Join(" | ", error.Failures)}");
    }

    [Fact]
    public void Validate_CertificateWithWrongPassword_RefusedNamingTheKeys()
    {
        using var certificate = SelfSignedCertificate.Create();
        using var services = IdentityServices.Build(Settings(new() { ["CertificatePath"] = certificate.Path, ["CertificatePassword"] = "wrong" }));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorOptions>>().Value);

        Assert.Contains("cannot be read with Bot:CertificatePassword", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<Dictionary<string, string?>, Type> Accepted => new()
    {
        { new() { ["MicrosoftAppPassword"] = "s" }, typeof(MsalOutboundTokenProvider) },
        { new() { ["MicrosoftAppPassword"] = "s", ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = "" }, typeof(MsalOutboundTokenProvider) },
        { new() { ["MicrosoftAppType"] = "UserAssignedMSI" }, typeof(ManagedIdentityTokenProvider) },
        { new() { ["MicrosoftAppType"] = "userassignedmsi" }, typeof(ManagedIdentityTokenProvider) },
        { new() { ["MicrosoftAppId"] = "" }, typeof(NoOutboundToken) },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Validate_OneCredential_AcceptedWithItsTokenProvider(Dictionary<string, string?> settings, Type expected)
    {
        using var services = IdentityServices.Build(Settings(settings));

        _ = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.IsType(expected, services.GetRequiredService<IOutboundTokenProvider>());
    }

    [Fact]
    public void Validate_ReadableCertificate_AcceptedWithMsal()
    {
        using var certificate = SelfSignedCertificate.Create();
        using var services = IdentityServices.Build(Settings(new() { ["CertificatePath"] = certificate.Path, ["CertificatePassword"] = certificate.Password }));

        _ = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.IsType<MsalOutboundTokenProvider>(services.GetRequiredService<IOutboundTokenProvider>());
    }

    private static Dictionary<string, string?> Settings(Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = Tenant };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }
}
