using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Protection;

/// <summary>
/// Section <c>DataProtection</c>: where the application's encryption keys live and what protects them. Private text is
/// encrypted with ASP.NET Core Data Protection; its key ring is kept in a blob container of the bot's storage account,
/// each key encrypted with <see cref="Certificate"/>, so the storage account key alone cannot read private text.
/// </summary>
public sealed class ProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>The blob container holding the key ring (one blob per key), created at start-up.</summary>
    [RegularExpression("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$",
        ErrorMessage = "DataProtection:KeyRingContainer must be a blob container name: 3 to 63 lowercase letters, digits and single dashes.")]
    public string KeyRingContainer { get; set; } = "dataprotection-keys";

    /// <summary>The certificate every key is encrypted with; required outside Development.</summary>
    public ProtectionCertificateOptions Certificate { get; set; } = new();

    /// <summary>
    /// The section as configured, read without the start-up validation: for Data Protection's own options, which the host
    /// creates before it validates, so that a missing certificate is reported together with every other setting.
    /// </summary>
    internal static ProtectionOptions Unvalidated(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<ProtectionOptions>() ?? new();
}

/// <summary>A PFX file with its private key (RSA): it encrypts new keys and decrypts stored ones.</summary>
public sealed class ProtectionCertificateOptions
{
    /// <summary>Path of the PFX file. Environment: <c>DataProtection__Certificate__Path</c>.</summary>
    public string? Path { get; set; }

    /// <summary>The PFX file's password (empty when it has none). Environment: <c>DataProtection__Certificate__Password</c>.</summary>
    public string? Password { get; set; }

    internal bool IsSet => !string.IsNullOrWhiteSpace(Path);
}
