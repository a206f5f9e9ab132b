using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TeamsBot.Protection;

/// <summary>
/// Encrypts each key with the certificate exactly as <c>ProtectKeysWithCertificate</c> does (XML encryption to the
/// certificate's RSA key), but names <see cref="CertificateKeyDecryptor"/> to read it back. Data Protection's own
/// decryptor finds its certificate only in options fixed while services are registered, before the host's
/// configuration is complete, or in a machine certificate store; ours takes it from <c>DataProtection:Certificate</c>.
/// </summary>
internal sealed class CertificateKeyEncryptor(ProtectionCertificate certificate, ILoggerFactory logs) : IXmlEncryptor
{
    // The certificate is loaded when the first key is written, after the host has validated the settings.
    private readonly Lazy<CertificateXmlEncryptor> _encryptor = new(() => new(certificate.Value
        ?? throw new InvalidOperationException("DataProtection:Certificate:Path is not set."), logs));

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(_encryptor.Value.Encrypt(plaintextElement).EncryptedElement, typeof(CertificateKeyDecryptor));
}

/// <summary>
/// Reads a key <see cref="CertificateKeyEncryptor"/> wrote, with the private key of the configured certificate.
/// Public with an <see cref="IServiceProvider"/> constructor because Data Protection creates it by the type name stored
/// in the key's XML.
/// </summary>
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var certificate = services.GetService<ProtectionCertificate>()?.Value
            ?? throw new CryptographicException("This key was encrypted with a certificate, but DataProtection:Certificate:Path is not set.");

        // XmlDocument cannot hold a top-level <EncryptedData>: wrap it, as Data Protection's own decryptor does.
        var document = new XmlDocument();
        document.Load(new XElement("root", encryptedElement).CreateReader());
        new WithCertificate(document, certificate).DecryptDocument();
        return XElement.Load(document.DocumentElement!.FirstChild!.CreateNavigator()!.ReadSubtree());
    }

    /// <summary>Decrypts the wrapped content key with the certificate's RSA private key instead of looking in a certificate store.</summary>
    private sealed class WithCertificate(XmlDocument document, X509Certificate2 certificate) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            using var rsa = certificate.GetRSAPrivateKey()
                ?? throw new CryptographicException("DataProtection:Certificate has no RSA private key.");
            var oaep = encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl;
            return DecryptKey(encryptedKey.CipherData.CipherValue!, rsa, oaep);
        }
    }
}
