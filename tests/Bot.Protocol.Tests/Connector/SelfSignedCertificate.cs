using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Bot.Protocol.Tests.Connector;

/// <summary>A fresh self-signed RSA certificate written as a password-protected PFX file, deleted on dispose.</summary>
internal sealed class SelfSignedCertificate : IDisposable
{
    private SelfSignedCertificate(string path, string password, X509Certificate2 publicPart) => (Path, Password, PublicPart) = (path, password, publicPart);

    public string Path { get; }

    public string Password { get; }

    /// <summary>The certificate without its private key: what Entra holds for the app.</summary>
    public X509Certificate2 PublicPart { get; }

    public static SelfSignedCertificate Create(string extension = ".pfx")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Vagtrum identity test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        var password = Guid.NewGuid().ToString("N");
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"vagtrum-identity-{Guid.NewGuid():N}{extension}");
        if (extension == ".pem")
        {
            File.WriteAllText(path, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem());
            password = "";
        }
        else
        {
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        }

        return new SelfSignedCertificate(path, password, X509CertificateLoader.LoadCertificate(certificate.RawData));
    }

    public void Dispose()
    {
        PublicPart.Dispose();
        File.Delete(Path);
    }
}
