using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Storage;

/// <summary>Where the bot keeps its state and its due work: one Azure Storage account (Azurite locally).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Connection string of the storage account, whose tables, queues and blobs the bot uses: an ordinary Azure Storage
    /// connection string, or Azurite's with all three endpoints. Environment: <c>Storage__ConnectionString</c>.
    /// </summary>
    [Required(ErrorMessage = "Set Storage:ConnectionString (environment variable Storage__ConnectionString) to the connection string of the Azure Storage account (tables, queues and blobs).")]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Prefix of every table name, and (in lowercase) of the queue's; lets tests and environments share one account safely.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,30}$", ErrorMessage = "Storage:TablePrefix must be letters and digits, starting with a letter.")]
    public string TablePrefix { get; set; } = "Vagtrum";

    /// <summary>
    /// Retries of a failed storage call. With <see cref="RequestTimeout"/> this bounds how long a turn waits on
    /// storage that is down before the counsellor is told to try again: well inside Teams' 15 seconds by default.
    /// </summary>
    [Range(0, 10, ErrorMessage = "Storage:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay; doubled each time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30", ErrorMessage = "Storage:RetryDelay must be between 0 and 30 seconds.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long one storage call may take (the SDK's default is 100 s, far past Teams' patience). Table calls take
    /// milliseconds; with the default retries a storage that hangs is given up on after about 7 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Storage:RequestTimeout must be between 0.1 and 60 seconds.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Open connections per storage service (tables, queues, blobs) at most; calls beyond wait for a free one, and that
    /// wait counts towards <see cref="RequestTimeout"/>. A burst of turns after a quiet spell otherwise opens a
    /// connection for every call in flight (the storage SDK sets no limit on .NET), and Azurite, one Node process,
    /// stalled up to 1.5 s when some fifty arrived at once (README: "Performance").
    /// </summary>
    [Range(1, 256, ErrorMessage = "Storage:MaxConnectionsPerServer must be between 1 and 256.")]
    public int MaxConnectionsPerServer { get; set; } = 16;
}
