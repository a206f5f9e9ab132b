using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsBot.Protection;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Protection;

/// <summary>The key ring in its blob container on real Azurite, and what a certificate changes about it.</summary>
public sealed class KeyRingTests
{
    private const string Private = "Jeg tænkte på min egen mor hele samtalen";

    private static async Task<List<(string Name, string Xml)>> KeyBlobsAsync(string container)
    {
        var blobs = new BlobServiceClient(Azurite.ConnectionString).GetBlobContainerClient(container);
        List<(string, string)> keys = [];
        await foreach (var blob in blobs.GetBlobsAsync())
        {
            keys.Add((blob.Name, (await blobs.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString()));
        }

        return keys;
    }

    private static Dictionary<string, string?> WithoutCertificate(Dictionary<string, string?>? settings = null)
    {
        return new Dictionary<string, string?>(settings ?? []) { ["DataProtection:Certificate:Path"] = "", ["DataProtection:Certificate:Password"] = "" };
    }

    [Fact]
    public async Task Start_FreshStorage_KeyRingIsOneBlobPerKeyInTheConfiguredContainer()
    {
        using var bot = new BotFactory();
        _ = bot.Services; // Starts the host.

        var key = Assert.Single(await KeyBlobsAsync(BotFactory.KeyRingContainerFor(bot.TablePrefix)));

        Assert.Matches("^key-[0-9a-f-]{36}\\.xml$", key.Name);
        Assert.StartsWith("<key id=", key.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithCertificate_StoredKeyHoldsNoPlainMasterKey()
    {
        var certificate = TestCertificate.Create("Vagtrum key ring test");
        using var bot = new BotFactory(certificate.Settings);
        _ = bot.Services;

        var key = Assert.Single(await KeyBlobsAsync(BotFactory.KeyRingContainerFor(bot.TablePrefix)));

        Assert.Contains("<encryptedSecret", key.Xml, StringComparison.Ordinal);
        Assert.Contains("CertificateKeyDecryptor", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 2802 && l.Message.Contains(certificate.Thumbprint, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.EventId == 2801);
    }

    [Fact]
    public void Unprotect_SecondHostSharingStorageAndCertificate_ReadsWhatTheFirstProtected()
    {
        var certificate = TestCertificate.Create("Vagtrum shared key ring");
        var container = "shared-" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?>(certificate.Settings) { ["DataProtection:KeyRingContainer"] = container };
        using var first = new BotFactory(settings);
        var stored = first.Services.GetRequiredService<PrivateText>().Protect(Private);

        using var second = new BotFactory(settings);
        var read = second.Services.GetRequiredService<PrivateText>().Unprotect(stored);

        Assert.DoesNotContain("tænkte", stored, StringComparison.Ordinal);
        Assert.Equal(Private, read);
    }

    [Fact]
    public void Unprotect_HostWithTheStorageButNotTheCertificate_CannotRead()
    {
        var container = "shared-" + Guid.NewGuid().ToString("N");
        var certificate = TestCertificate.Create("Vagtrum key ring owner");
        using var owner = new BotFactory(new(certificate.Settings) { ["DataProtection:KeyRingContainer"] = container });
        var stored = owner.Services.GetRequiredService<PrivateText>().Protect(Private);

        using var intruder = new BotFactory(WithoutCertificate(new() { ["DataProtection:KeyRingContainer"] = container }));
        var read = intruder.Services.GetRequiredService<PrivateText>().Unprotect(stored);

        Assert.Null(read);
        Assert.Contains(intruder.Logs.Lines, l => l.EventId == 2803);
        Assert.DoesNotContain(intruder.Logs.Lines, l => l.Message.Contains("tænkte", StringComparison.Ordinal));
    }

    [Fact]
    public void Protect_AnUnencryptedKeyPlantedInTheContainer_IsIgnoredSoThePlanterCannotReadNewText()
    {
        // Someone with write access to the storage account, but not the certificate, plants a plain key (here: a host
        // without the certificate, which makes one because it cannot read the owner's).
        var container = "shared-" + Guid.NewGuid().ToString("N");
        var certificate = TestCertificate.Create("Vagtrum key ring owner");
        var owner = new Dictionary<string, string?>(certificate.Settings) { ["DataProtection:KeyRingContainer"] = container };
        using (var first = new BotFactory(owner))
        {
            first.Services.GetRequiredService<PrivateText>().Protect(Private);
        }

        using (var planter = new BotFactory(WithoutCertificate(new() { ["DataProtection:KeyRingContainer"] = container })))
        {
            planter.Services.GetRequiredService<PrivateText>().Protect("planted");
        }

        using var later = new BotFactory(owner);
        var stored = later.Services.GetRequiredService<PrivateText>().Protect(Private);
        using var reader = new BotFactory(WithoutCertificate(new() { ["DataProtection:KeyRingContainer"] = container }));

        Assert.Null(reader.Services.GetRequiredService<PrivateText>().Unprotect(stored));
        Assert.Equal(Private, later.Services.GetRequiredService<PrivateText>().Unprotect(stored));
        Assert.Contains(later.Logs.Lines, l => l.EventId == 2804);
    }

    [Fact]
    public async Task Start_DevelopmentWithoutCertificate_WarnsOnceThatKeysAreStoredUnencrypted()
    {
        using var bot = new BotFactory(WithoutCertificate());
        _ = bot.Services;

        var warning = Assert.Single(bot.Logs.Lines, l => l.EventId == 2801);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("DataProtection:Certificate:Path", warning.Message, StringComparison.Ordinal);
        Assert.Contains("<masterKey", Assert.Single(await KeyBlobsAsync(BotFactory.KeyRingContainerFor(bot.TablePrefix))).Xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Unprotect_TextAlteredInStorage_NullAndNoText()
    {
        using var bot = new BotFactory();
        var text = bot.Services.GetRequiredService<PrivateText>();
        var stored = text.Protect(Private);

        var read = text.Unprotect(stored[..^4] + (stored[^4] == 'A' ? "B" : "A") + stored[^3..]);

        Assert.Null(read);
    }
}
