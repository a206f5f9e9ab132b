using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace TeamsBot.Protection;

/// <summary>
/// Encrypts what a counsellor writes privately before it is stored, and reads it back. The result of
/// <see cref="Protect"/> is safe to put in a table: without the key ring (and, in production, its certificate) it
/// cannot be read. Never log either side. The service in the container is for reflections' private text; another
/// kind of private text gets its own purpose with <see cref="For"/>, so one kind can never be read as another.
/// </summary>
public sealed class PrivateText
{
    /// <summary>The Data Protection purpose; a new version of the format gets a new purpose, never a reuse.</summary>
    public const string Purpose = "TeamsBot.Reflections.PrivateText.v1";

    private readonly IDataProtectionProvider _provider;
    private readonly ILogger _log;
    private readonly string _purpose;
    private readonly IDataProtector _protector;

    public PrivateText(IDataProtectionProvider provider, ILogger<PrivateText> log)
        : this(provider, log, Purpose)
    {
    }

    private PrivateText(IDataProtectionProvider provider, ILogger log, string purpose)
    {
        _provider = provider;
        _log = log;
        _purpose = purpose;
        _protector = provider.CreateProtector(purpose);
    }

    /// <summary>The same protection for another kind of private text, under its own purpose.</summary>
    public PrivateText For(string purpose) => new(_provider, _log, purpose);

    public string Protect(string plain) => _protector.Protect(plain);

    /// <summary>The text, or null when it cannot be read (its key was lost or revoked, or the stored text was altered).</summary>
    public string? Unprotect(string stored)
    {
        try
        {
            return _protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            Log.Unreadable(_log, _purpose);
            return null;
        }
    }
}
