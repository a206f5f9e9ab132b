using Azure;

namespace TeamsBot.DueWork;

/// <summary>
/// The truth about one scheduled item. <paramref name="Version"/> changes with every schedule, so a queue message of an
/// earlier schedule is recognised as stale. <paramref name="ClaimedUntil"/> is the instance's hold on it while its handler
/// runs, or the rest before a retry; <paramref name="Failed"/> marks an item given up on after its last attempt.
/// </summary>
internal sealed record DueWorkRow(DueItem Item, string Version, int Attempts, DateTimeOffset? ClaimedUntil, bool Failed, ETag ETag)
{
    public static DueWorkRow New(DueItem item) => new(item, Guid.NewGuid().ToString("N"), 0, null, false, default);

    public bool IsHeldAt(DateTimeOffset now) => ClaimedUntil is { } until && until > now;
}
