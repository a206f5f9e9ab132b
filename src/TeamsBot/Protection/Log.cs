using TeamsBot.Hosting;

namespace TeamsBot.Protection;

/// <summary>Log messages of application encryption. Never logs protected or unprotected text.</summary>
[LogEventRange(2800, 2899)]
internal static partial class Log
{
    [LoggerMessage(2801, LogLevel.Warning,
        "DATA PROTECTION KEYS ARE STORED UNENCRYPTED in blob container '{Container}', because the environment is {Environment} "
        + "and DataProtection:Certificate:Path is not set: anyone holding the storage account key can read private text. This is "
        + "meant only for local development. Set DataProtection:Certificate:Path and DataProtection:Certificate:Password (a PFX "
        + "file) to encrypt the keys; outside Development the bot refuses to start without them.")]
    public static partial void KeysUnprotected(ILogger logger, string container, string environment);

    [LoggerMessage(2802, LogLevel.Information, "Data Protection keys are in blob container '{Container}', encrypted with certificate {Thumbprint}")]
    public static partial void KeysProtected(ILogger logger, string container, string thumbprint);

    [LoggerMessage(2803, LogLevel.Warning, "Protected text for purpose {Purpose} could not be decrypted (its key is missing, revoked or unreadable, or it was altered)")]
    public static partial void Unreadable(ILogger logger, string purpose);

    [LoggerMessage(2804, LogLevel.Error, "Data Protection key blob '{Blob}' holds an unencrypted key although a certificate is configured: it is ignored. Someone with write access to the storage account may have put it there")]
    public static partial void UnencryptedKeyIgnored(ILogger logger, string blob);
}
