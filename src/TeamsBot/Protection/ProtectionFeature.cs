using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using TeamsBot.Hosting;

namespace TeamsBot.Protection;

/// <summary>
/// Application encryption: ASP.NET Core Data Protection with its key ring in a blob container of the bot's storage
/// account (<see cref="BlobKeyRing"/>), every key encrypted with the certificate from <c>DataProtection:Certificate</c>.
/// Other features encrypt private text with <see cref="PrivateText"/>, or create their own protector with their own
/// purpose from <see cref="IDataProtectionProvider"/>.
/// </summary>
public static class ProtectionFeature
{
    /// <summary>The same on every instance, so all of them share one key ring and read each other's text.</summary>
    public const string ApplicationName = "TeamsBot";

    public static IServiceCollection AddProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Protection");
        services.AddBotOptions<ProtectionOptions>(configuration, ProtectionOptions.SectionName);
        services.AddSingleton<IValidateOptions<ProtectionOptions>, ProtectionOptionsValidator>();
        services.AddSingleton<ProtectionCertificate>();
        services.AddSingleton<BlobKeyRing>();
        // Creates the container and reads the ring once every other start-up task has run. Data Protection's own
        // start-up preload (added by AddDataProtection) runs earlier; the ring tolerates a container not made yet.
        services.AddHostedService<KeyRingInitializer>();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        // What ProtectKeysWithCertificate does, but with the certificate loaded when first needed (after the options
        // were validated), not while services are registered (see CertificateKeyEncryptor).
        services.AddOptions<KeyManagementOptions>().Configure<BlobKeyRing, ProtectionCertificate, ILoggerFactory>((options, keyRing, certificate, logs) =>
        {
            options.XmlRepository = keyRing;
            if (ProtectionOptions.Unvalidated(configuration).Certificate.IsSet)
            {
                options.XmlEncryptor = new CertificateKeyEncryptor(certificate, logs);
            }
        });
        services.AddSingleton<PrivateText>();
        return services;
    }
}
