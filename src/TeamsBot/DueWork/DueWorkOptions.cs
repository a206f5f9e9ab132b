using System.ComponentModel.DataAnnotations;

namespace TeamsBot.DueWork;

/// <summary>How the due-work processor polls, claims and retries. The defaults suit production.</summary>
public sealed class DueWorkOptions
{
    public const string SectionName = "DueWork";

    /// <summary>How long an idle processor waits before asking the queue again; an item fires at most about this late.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:05", ErrorMessage = "DueWork:PollInterval must be between 0.05 and 5 seconds.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the table is read for items that are due but whose queue message was lost (a crash between writing the row and
    /// sending the message). Runs on the app's clock, so a test's fake clock drives it too.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "DueWork:ReconcileInterval must be between 1 second and 1 hour.")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one instance holds an item while its handler runs; the handler is cancelled when it runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "DueWork:ClaimDuration must be between 1 second and 1 hour.")]
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Runs of a failing handler before the item is given up on (kept in the table, marked failed, and logged).</summary>
    [Range(1, 100, ErrorMessage = "DueWork:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry of a failed item; doubled each time, at most an hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "DueWork:RetryDelay must be between 0 and 1 hour.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}
