using System.Security.Cryptography.X509Certificates;

namespace Bot.Protocol.Connector;

/// <summary>Loads the certificate the bot proves its identity with, from <see cref="ConnectorOptions.CertificatePath"/>.</summary>
public static class BotCertificate
{
    /// <summary>
    /// A PKCS#12 file (what App Service writes to <c>/var/ssl/private</c> and Key Vault exports), or a PEM file holding the
    /// certificate and its private key (encrypted when <see cref="ConnectorOptions.CertificatePassword"/> is set).
    /// </summary>
    public static X509Certificate2 Load(ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.CertificatePath ?? throw new InvalidOperationException("Bot:CertificatePath is not set.");
        var password = string.IsNullOrEmpty(options.CertificatePassword) ? null : options.CertificatePassword;
        if (path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase))
        {
            return password is null
                ? X509Certificate2.CreateFromPemFile(path)
                : X509Certificate2.CreateFromEncryptedPemFile(path, password);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password);
    }
}
