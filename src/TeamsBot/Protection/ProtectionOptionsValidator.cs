using Microsoft.Extensions.Options;

namespace TeamsBot.Protection;

/// <summary>
/// Outside Development the host refuses to start without a key-protecting certificate: without one the keys lie in
/// the blob container in plain XML, and anyone holding the storage account key could decrypt private text.
/// In Development the bot starts and says so in a warning (<see cref="KeyRingInitializer"/>).
/// </summary>
internal sealed class ProtectionOptionsValidator(IHostEnvironment environment) : IValidateOptions<ProtectionOptions>
{
    public const string CertificateRequired =
        "Set DataProtection:Certificate:Path (environment variable DataProtection__Certificate__Path) to a PFX file with an RSA "
        + "private key, and DataProtection:Certificate:Password to its password: outside Development the Data Protection keys "
        + "that encrypt private text must be protected by a certificate, so that the storage account key alone cannot read it.";

    public ValidateOptionsResult Validate(string? name, ProtectionOptions options)
    {
        if (!options.Certificate.IsSet)
        {
            return environment.IsDevelopment() ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(CertificateRequired);
        }

        return ProtectionCertificate.Problem(options.Certificate) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
    }
}
