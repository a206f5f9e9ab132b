using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>
/// Remembers which activities were handled, so a redelivered activity (Teams resends after a slow
/// answer) is answered without being handled twice.
/// </summary>
public interface IProcessedActivityStore
{
    /// <summary>Claims the activity for handling; a duplicate comes back with the first answer, if any.</summary>
    Task<ProcessingClaim> TryClaimAsync(ActivityKey key, CancellationToken cancellationToken);

    /// <summary>Marks the claimed activity handled and keeps its invoke answer for redeliveries.</summary>
    Task CompleteAsync(ProcessingClaim claim, InvokeResponse? response, CancellationToken cancellationToken);

    /// <summary>Gives the claim up after a failure, so a redelivery is handled afresh.</summary>
    Task ReleaseAsync(ProcessingClaim claim, CancellationToken cancellationToken);
}

/// <summary>Identifies an activity across redeliveries.</summary>
public sealed record ActivityKey(string ChannelId, string ConversationId, string ActivityId);

/// <summary>The outcome of <see cref="IProcessedActivityStore.TryClaimAsync"/>.</summary>
/// <param name="Key">The activity.</param>
/// <param name="IsDuplicate">True when it was handled (or is being handled) already.</param>
/// <param name="PreviousResponse">The first handling's invoke answer, for invokes.</param>
/// <param name="Version">Store-specific concurrency token (an ETag).</param>
public sealed record ProcessingClaim(ActivityKey Key, bool IsDuplicate, InvokeResponse? PreviousResponse, string? Version);
