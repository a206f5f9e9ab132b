using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace TeamsBot.Protection;

/// <summary>
/// The Data Protection key ring in a blob container (Azure.Extensions.AspNetCore.DataProtection.Blobs does not restore
/// here). One blob per key element, written only if absent: several instances creating keys at once each add their
/// own blob and never overwrite another's, so no ETag loop is needed. The element is stored as Data Protection hands
/// it over, i.e. already encrypted with the certificate when one is configured.
/// Synchronous, because <see cref="IXmlRepository"/> is: Data Protection reads the ring at start-up and then about
/// once a day, and writes only when it makes a new key.
/// </summary>
public sealed class BlobKeyRing(IServiceProvider services, IConfiguration configuration) : IXmlRepository
{
    // Resolved on first use, not when the host builds its start-up services: Data Protection's options (and so this
    // repository) are created before the host validates its settings, and a bad connection string must be reported
    // by that validation or by the table set-up, not here.
    internal BlobContainerClient Container => services.GetRequiredService<BlobServiceClient>()
        .GetBlobContainerClient(ProtectionOptions.Unvalidated(configuration).KeyRingContainer);

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        List<XElement> elements = [];
        try
        {
            var requireEncrypted = !string.IsNullOrEmpty(ProtectionOptions.Unvalidated(configuration).Certificate.Path);
            foreach (var blob in Container.GetBlobs())
            {
                using var content = Container.GetBlobClient(blob.Name).DownloadContent().Value.Content.ToStream();
                var element = XElement.Load(content);
                if (requireEncrypted && IsUnencryptedKey(element))
                {
                    // With a certificate every key we write is encrypted: a plain one was put there by someone with write
                    // access to the storage account, who could read whatever it would encrypt. It is never used.
                    Log.UnencryptedKeyIgnored(services.GetRequiredService<ILogger<BlobKeyRing>>(), blob.Name);
                    continue;
                }

                elements.Add(element);
            }
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // Not made yet: Data Protection's own start-up may read the ring before our initializer has created the container.
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        var content = BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting));
        try
        {
            Upload(BlobName(friendlyName), content);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            Container.CreateIfNotExists();
            Upload(BlobName(friendlyName), content);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            Upload(Guid.NewGuid().ToString("N") + ".xml", content); // A name clash, not the same element: keep both.
        }
    }

    /// <summary>A key element whose secret is not wrapped in <c>encryptedSecret</c> (revocations hold no secret).</summary>
    internal static bool IsUnencryptedKey(XElement element) =>
        element.Name.LocalName == "key" && !element.Descendants().Any(e => e.Name.LocalName == "encryptedSecret");

    private void Upload(string name, BinaryData content) => Container.GetBlobClient(name).Upload(content, overwrite: false);

    // Data Protection names elements "key-{guid}" and "revocation-{time}"; anything else gets a fresh unique name.
    private static string BlobName(string friendlyName) =>
        friendlyName.Length is > 0 and <= 200 && friendlyName.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? friendlyName + ".xml"
            : Guid.NewGuid().ToString("N") + ".xml";
}
