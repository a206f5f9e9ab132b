using TeamsBot.Overview;

namespace TeamsBot.Sparring.Overview;

/// <summary>One week's sparring requests as coordinators may see them: counts and a median, never a note.</summary>
public sealed record SparringWeek(IsoWeek Week, int Requests, int Accepted, TimeSpan? MedianToAccept, int Unanswered, int FollowUps);

/// <summary>Why a request counts as unanswered.</summary>
public enum Unanswered
{
    /// <summary>Open, and every step of the ladder taken: nobody has answered yet.</summary>
    StillOpen,

    /// <summary>Still open when the counsellor's shift ended.</summary>
    Expired,

    /// <summary>The counsellor cancelled it before anyone accepted.</summary>
    CancelledBeforeAnyone,
}

/// <summary>The coordinators' counts of sparring requests, each in the week of the local day it was made.</summary>
public static class SparringCounts
{
    /// <summary>
    /// How long a follow-up stays listed after the talk was marked done: long enough for a coordinator who looks
    /// once a week to see it twice. Nothing marks it handled: the list is a reminder, not a task list.
    /// </summary>
    public static readonly TimeSpan FollowUpListedFor = TimeSpan.FromDays(14);

    /// <summary>
    /// Unanswered: closed without anyone accepting (expired with the shift, or cancelled while still open), or still
    /// open after the ladder's last step (the counsellor was told nobody has answered; the request waits). A request
    /// still climbing the ladder is not (yet) unanswered; <paramref name="hasNextStep"/> says whether one is.
    /// </summary>
    public static Unanswered? WhyUnanswered(SparringRequest request, Func<SparringRequest, bool> hasNextStep) => request switch
    {
        { State: SparringRequestState.Expired } => Unanswered.Expired,
        { State: SparringRequestState.Cancelled, AcceptedAt: null } => Unanswered.CancelledBeforeAnyone,
        { State: SparringRequestState.Open } when !hasNextStep(request) => Unanswered.StillOpen,
        _ => null,
    };

    /// <summary>Whether the one who took it asked for a follow-up when they marked the talk done.</summary>
    public static bool AsksFollowUp(SparringRequest request) => request is { State: SparringRequestState.Done, FollowUpNeeded: true };

    /// <summary>The follow-ups to list at <paramref name="now"/>: asked for within <see cref="FollowUpListedFor"/>, newest first.</summary>
    public static IReadOnlyList<SparringRequest> RecentFollowUps(IEnumerable<SparringRequest> requests, DateTimeOffset now) =>
        [.. requests.Where(r => AsksFollowUp(r) && r.ClosedAt > now - FollowUpListedFor).OrderByDescending(r => r.ClosedAt)];

    public static IReadOnlyList<SparringWeek> PerWeek(IEnumerable<SparringRequest> requests, IReadOnlyList<IsoWeek> weeks,
        Func<DateTimeOffset, DateOnly> localDay, Func<SparringRequest, bool> hasNextStep)
    {
        var byWeek = requests.ToLookup(r => IsoWeek.Of(localDay(r.CreatedAt)));
        return [.. weeks.Select(week => Week(week, [.. byWeek[week]], hasNextStep))];
    }

    /// <summary>The median of the durations; of an even number, the mean of the middle two. Null for none.</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static SparringWeek Week(IsoWeek week, IReadOnlyList<SparringRequest> requests, Func<SparringRequest, bool> hasNextStep) => new(
        week,
        requests.Count,
        requests.Count(r => r.AcceptedAt is not null),
        Median(requests.Select(r => r.TimeToAccept).OfType<TimeSpan>()),
        requests.Count(r => WhyUnanswered(r, hasNextStep) is not null),
        requests.Count(AsksFollowUp));
}
