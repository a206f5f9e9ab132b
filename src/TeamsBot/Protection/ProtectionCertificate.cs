using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace TeamsBot.Protection;

/// <summary>The key-protecting certificate from <c>DataProtection:Certificate</c>, loaded once; null when none is configured.</summary>
public sealed class ProtectionCertificate(IOptions<ProtectionOptions> options) : IDisposable
{
    private readonly Lazy<X509Certificate2?> _certificate = new(() => Load(options.Value.Certificate));

    public X509Certificate2? Value => _certificate.Value;

    /// <summary>Why the configured certificate cannot protect keys, or null when it can (or none is configured).</summary>
    internal static string? Problem(ProtectionCertificateOptions certificate)
    {
        if (!certificate.IsSet)
        {
            return null;
        }

        try
        {
            using var loaded = Load(certificate)!;
            using var rsa = loaded.GetRSAPrivateKey();
            return rsa is null
                ? $"DataProtection:Certificate:Path names {certificate.Path}, which has no RSA private key: the keys need one to be encrypted and read back."
                : null;
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return $"DataProtection:Certificate:Path names {certificate.Path}, which cannot be read as a PFX file with DataProtection:Certificate:Password: {e.Message}";
        }
    }

    private static X509Certificate2? Load(ProtectionCertificateOptions certificate) =>
        certificate.IsSet ? X509CertificateLoader.LoadPkcs12FromFile(certificate.Path!, certificate.Password) : null;

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value?.Dispose();
        }
    }
}
