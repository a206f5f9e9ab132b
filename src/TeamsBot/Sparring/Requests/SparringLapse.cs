using Microsoft.Extensions.Options;
using TeamsBot.DueWork;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>
/// Every hour, as recurring due work (once across instances): closes the requests left open or accepted longer than
/// <c>Sparring:LapseAfter</c> since they were made (see <see cref="SparringTransitions.Lapse"/>), so no note is kept for
/// ever: a talk wanted after the shift, a request made off duty (no end of a shift comes), an accepted one nobody pressed
/// Done on. Each is closed under the row's ETag (a press at the same moment meets it, and one of the two wins), then its
/// pending step is cancelled, the counsellor's list forgets it, and every card of it says how it ended.
/// </summary>
public sealed class SparringLapse(ISparringRequestStore store, RequestCards cards, IDueWork dueWork, OrganisationClock clock,
    IOptions<SparringOptions> options, ILogger<SparringLapse> log) : IDueWorkHandler
{
    public const string WorkKind = "sparring.lapse";
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public string Kind => WorkKind;

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken) => await RunAsync(cancellationToken);

    /// <summary>Closes what has been left too long now; returns how many were found, and how many of them expired or were done.</summary>
    public async Task<SparringLapseResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var found = await store.OpenOrAcceptedMadeBeforeAsync(now - options.Value.LapseAfter, cancellationToken);
        int expired = 0, done = 0;
        foreach (var requestId in found)
        {
            var change = await store.ChangeAsync(requestId, r => SparringTransitions.Lapse(r, now), cancellationToken);
            if (!change.Changed || change.Request is not { } closed)
            {
                continue; // Closed since the query (a press, the end of the shift): whoever closed it updated its cards.
            }

            // The cards last: should sending fail, the request is closed and forgotten all the same, and its step never fires.
            await dueWork.CancelAsync(SparringEscalation.WorkKind, requestId, cancellationToken);
            await store.ForgetAsync(closed.Counsellor.TeamsId, requestId, cancellationToken);
            await cards.EveryoneAsync(closed, null, cancellationToken);
            if (closed.State == SparringRequestState.Done)
            {
                done++;
            }
            else
            {
                expired++;
            }
        }

        RequestLog.Lapsed(log, found.Count, expired, done);
        return new SparringLapseResult(found.Count, expired, done);
    }
}

/// <summary>What one lapse run came to: requests found left too long, and how many of them expired (open) or were done (accepted).</summary>
public sealed record SparringLapseResult(int Found, int Expired, int Done);

/// <summary>Registers <see cref="SparringLapse"/>: one line in <see cref="SparringRequestsFeature"/>.</summary>
public static class SparringLapseRegistration
{
    /// <summary>The hourly lapse job and the check of <c>Sparring:LapseAfter</c> (bound with the rest of <see cref="SparringOptions"/>).</summary>
    public static IServiceCollection AddSparringLapse(this IServiceCollection services)
    {
        services.AddOptions<SparringOptions>().Validate(SparringOptions.LapseIsSane,
            "Sparring:LapseAfter must be between 01:00:00 and 30.00:00:00, and longer than three times the longer of Sparring:AckTimeout and Sparring:LaterAckTimeout.");
        services.AddDueWorkHandler<SparringLapse>();
        services.AddRecurringDueWork(SparringLapse.WorkKind, SparringLapse.Every);
        return services;
    }
}
