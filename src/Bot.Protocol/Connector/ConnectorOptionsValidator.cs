using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Connector;

/// <summary>
/// Checks at start-up that the outbound identity is one the bot can use: exactly one credential for an app registration
/// (a secret or a certificate that can be read), none for a managed identity, and a tenant where the authority needs
/// one. Each failure names the key to fix, so a wrong setting stops the host instead of failing the first send.
/// </summary>
public sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(ConnectorOptions o)
    {
        var hasSecret = !string.IsNullOrEmpty(o.MicrosoftAppPassword);
        var hasCertificate = !string.IsNullOrEmpty(o.CertificatePath);
        if (!hasCertificate && !string.IsNullOrEmpty(o.CertificatePassword))
        {
            yield return "Bot:CertificatePassword is set but Bot:CertificatePath is not: set the path of the certificate file, or remove the password.";
        }

        if (string.IsNullOrEmpty(o.MicrosoftAppId))
        {
            if (o.UsesManagedIdentity)
            {
                yield return "Bot:MicrosoftAppId must be set to the client id of the user-assigned managed identity when Bot:MicrosoftAppType is UserAssignedMSI.";
            }

            yield break;
        }

        if (o.UsesManagedIdentity)
        {
            if (hasSecret || hasCertificate)
            {
                yield return $"Bot:MicrosoftAppType is UserAssignedMSI, so the token comes from the managed identity and {(hasSecret ? "Bot:MicrosoftAppPassword" : "Bot:CertificatePath")} " +
                    "must be empty: remove it, or set Bot:MicrosoftAppType to SingleTenant for an app registration with a secret or certificate.";
            }
        }
        else if (hasSecret && hasCertificate)
        {
            yield return "Bot:MicrosoftAppPassword and Bot:CertificatePath are both set: the app authenticates with a client secret or a certificate, set only one.";
        }
        else if (!hasSecret && !hasCertificate)
        {
            yield return "Bot:MicrosoftAppPassword (a client secret) or Bot:CertificatePath (a certificate file) must be set when Bot:MicrosoftAppId is set.";
        }
        else if (hasCertificate && CertificateProblem(o) is { } problem)
        {
            yield return problem;
        }

        if (!o.IsMultiTenant && string.IsNullOrEmpty(o.MicrosoftAppTenantId))
        {
            yield return $"Bot:MicrosoftAppTenantId must be set for a {(o.UsesManagedIdentity ? "UserAssignedMSI" : "SingleTenant")} bot: the Entra tenant id of the bot's app or managed identity.";
        }
    }

    private static string? CertificateProblem(ConnectorOptions o)
    {
        if (!File.Exists(o.CertificatePath))
        {
            return $"Bot:CertificatePath names no file: '{o.CertificatePath}'.";
        }

        try
        {
            using var certificate = BotCertificate.Load(o);
            return certificate.HasPrivateKey ? null : $"Bot:CertificatePath '{o.CertificatePath}' holds no private key: export the certificate with its key (PFX).";
        }
        catch (CryptographicException e)
        {
            return $"Bot:CertificatePath '{o.CertificatePath}' cannot be read with Bot:CertificatePassword ({e.Message}).";
        }
    }
}
