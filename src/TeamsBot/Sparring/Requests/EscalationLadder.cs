using Microsoft.Extensions.Options;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>What the counsellor is to be told when a step is taken.</summary>
public enum CounsellorNotice
{
    None,

    /// <summary>"Your request went to Anne (on call). You'll hear back here."</summary>
    SentToOnCall,

    /// <summary>Nobody is on call: told at once, and the chain starts at the coordinators.</summary>
    NobodyOnCall,

    /// <summary>Nobody has answered yet: the emergency text and the colleagues on duty now.</summary>
    NobodyAnswered,
}

/// <summary>
/// The next step of a request's ladder: its number (what the claim compares), its rung, when it is due, who to notify,
/// what to tell the counsellor, who could not be reached so far (for the coordinators), and whether to ask the duty channel.
/// </summary>
public sealed record EscalationDecision(
    int Number,
    EscalationStepKind Kind,
    DateTimeOffset DueAt,
    IReadOnlyList<Recipient> Notify,
    CounsellorNotice TellCounsellor,
    IReadOnlyList<Recipient> Unreachable,
    bool AskDutyChannel);

/// <summary>
/// The escalation ladder, decided from the request as stored and the configured coordinators, never sent from here:
/// primary; then the primary reminded and the backup notified; then the coordinators; then the counsellor is told
/// nobody has answered and the duty channel is asked. Nobody on call starts at the coordinators at once. A rung with
/// nobody to notify is skipped (no backup and the primary unreachable, no coordinators configured); the last rung
/// always happens, so the counsellor is never left without an answer. After it the request stays open for acceptance.
/// The counsellor is never among those notified, even when on call or a coordinator themselves.
/// </summary>
/// <remarks>
/// Each step is due the urgency's timeout after the one before was taken, or at once when that one failed (someone
/// could not be reached) or someone it went to pressed "Can't right now". Anyone a step could not reach, or who
/// declined, is not notified again by later rungs.
/// </remarks>
public sealed class EscalationLadder(IOptions<SparringOptions> options, Roles roles, OrganisationClock clock)
{
    /// <summary>How long a step waits for an accept before the next, by the request's urgency.</summary>
    public TimeSpan TimeoutFor(SparringUrgency urgency) =>
        urgency == SparringUrgency.Now ? options.Value.AckTimeout : options.Value.LaterAckTimeout;

    /// <summary>The next step and when it is due; null when there is none (closed, accepted, or the last step taken).</summary>
    public EscalationDecision? Next(SparringRequest request)
    {
        if (request.State != SparringRequestState.Open)
        {
            return null;
        }

        var last = request.Steps.Count > 0 ? request.Steps[^1] : null;
        var unreachable = request.Steps.SelectMany(s => s.Unreachable).DistinctBy(Key).ToList();
        var passedOver = unreachable.Concat(request.Declines.Select(d => d.By)).ToList();
        foreach (var kind in Rungs(request).SkipWhile(k => last is not null && k <= last.Kind))
        {
            // Never the counsellor: on call, or a coordinator, they may still need someone else to talk to.
            var notify = Recipients(request, kind).Where(r => !passedOver.Any(p => p.Same(r)) && !r.Is(request.Counsellor)).DistinctBy(Key).ToList();
            if (notify.Count == 0 && kind != EscalationStepKind.NobodyAnswered)
            {
                continue;
            }

            return new EscalationDecision(request.StepsTaken + 1, kind, DueAt(request, last), notify, NoticeFor(request, kind, last),
                kind >= EscalationStepKind.Coordinators ? unreachable : [], kind == EscalationStepKind.NobodyAnswered);
        }

        return null;
    }

    /// <summary>The next step when it is due by the clock; null when none is, yet.</summary>
    public EscalationDecision? Due(SparringRequest request) => Next(request) is { } next && next.DueAt <= clock.Now ? next : null;

    private static IEnumerable<EscalationStepKind> Rungs(SparringRequest request) => request.OnCallPrimary is null
        ? [EscalationStepKind.Coordinators, EscalationStepKind.NobodyAnswered]
        : [EscalationStepKind.Primary, EscalationStepKind.PrimaryAndBackup, EscalationStepKind.Coordinators, EscalationStepKind.NobodyAnswered];

    private IEnumerable<Recipient> Recipients(SparringRequest request, EscalationStepKind kind) => kind switch
    {
        EscalationStepKind.Primary => [Recipient.Of(request.OnCallPrimary!)],
        EscalationStepKind.PrimaryAndBackup => new[] { request.OnCallPrimary, request.OnCallBackup }.OfType<Person>().Select(Recipient.Of),
        EscalationStepKind.Coordinators => roles.Coordinators.Select(Recipient.ByEntraId),
        // The counsellor and the duty channel: nobody is paged by name.
        _ => [],
    };

    private DateTimeOffset DueAt(SparringRequest request, EscalationStep? last)
    {
        if (last is null)
        {
            return request.CreatedAt;
        }

        var declinedAt = request.Declines.Where(d => d.At >= last.TakenAt && last.RoutedTo.Any(r => r.Same(d.By))).Select(d => (DateTimeOffset?)d.At).Min();
        var endedEarly = new[] { last.FailedAt, declinedAt }.Where(t => t is not null).Min();
        var waited = last.TakenAt + TimeoutFor(request.Urgency);
        return endedEarly is { } early && early < waited ? early : waited;
    }

    private static CounsellorNotice NoticeFor(SparringRequest request, EscalationStepKind kind, EscalationStep? last) => kind switch
    {
        EscalationStepKind.Primary => CounsellorNotice.SentToOnCall,
        EscalationStepKind.NobodyAnswered => CounsellorNotice.NobodyAnswered,
        EscalationStepKind.Coordinators when last is null && request.OnCallPrimary is null => CounsellorNotice.NobodyOnCall,
        _ => CounsellorNotice.None,
    };

    private static string Key(Recipient r) => r.EntraId?.ToUpperInvariant() ?? r.TeamsId ?? string.Empty;
}
