using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// A self-signed RSA certificate written as a password-protected PFX file to a temporary folder, as an operator would
/// configure <c>DataProtection:Certificate</c>. <see cref="Shared"/> is made once per test run (a file nobody changes)
/// for every host test; tests about certificates make their own with <see cref="Create"/>.
/// </summary>
public sealed class TestCertificate
{
    private static readonly Lazy<TestCertificate> SharedInstance = new(() => Create("Vagtrum host tests"));

    private TestCertificate(string path, string password, string thumbprint) => (Path, Password, Thumbprint) = (path, password, thumbprint);

    public static TestCertificate Shared => SharedInstance.Value;

    public string Path { get; }

    public string Password { get; }

    public string Thumbprint { get; }

    /// <summary>The settings that configure this certificate.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["DataProtection:Certificate:Path"] = Path,
        ["DataProtection:Certificate:Password"] = Password,
    };

    public static TestCertificate Create(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var password = Guid.NewGuid().ToString("N");
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"vagtrum-test-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return new TestCertificate(path, password, certificate.Thumbprint);
    }
}
