using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace TeamsBot.Storage;

/// <summary>
/// Encrypts the invoke answers kept for redeliveries (<see cref="ProcessedActivityTableStore"/>): an answer is a card, and
/// a card can carry what a counsellor typed, so no answer lies in the table in plain text. Compressed first, so an
/// encrypted answer fits a table property as the plain one did.
/// </summary>
public sealed class InvokeAnswerProtection(IDataProtectionProvider provider, ILogger<InvokeAnswerProtection> log)
{
    public const string Purpose = "TeamsBot.Storage.InvokeAnswers.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string json)
    {
        using var compressed = new MemoryStream();
        using (var zip = new BrotliStream(compressed, CompressionLevel.Fastest))
        {
            zip.Write(Encoding.UTF8.GetBytes(json));
        }

        return Convert.ToBase64String(_protector.Protect(compressed.ToArray()));
    }

    /// <summary>The answer's JSON, or null when it cannot be read (its key is gone, or the row was altered).</summary>
    public string? Unprotect(string stored)
    {
        try
        {
            using var zip = new BrotliStream(new MemoryStream(_protector.Unprotect(Convert.FromBase64String(stored))), CompressionMode.Decompress);
            using var reader = new StreamReader(zip, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is CryptographicException or FormatException or InvalidDataException)
        {
            Log.AnswerUnreadable(log);
            return null;
        }
    }
}
