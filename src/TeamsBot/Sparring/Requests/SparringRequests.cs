using TeamsBot.DueWork;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>
/// What asking for sparring came to, for the caller's answer: the request, who it went to (null: nobody was on call,
/// so the coordinators), whether the counsellor's team could not be told apart (several teams, off duty, not exactly
/// one with a roster: then the coordinators have it), and whether the counsellor's own card reached their 1:1 chat.
/// </summary>
public sealed record SparringRequestStarted(SparringRequest Request, Person? SentTo, bool TeamUnclear, bool CounsellorReached)
{
    public bool NobodyOnCall => SentTo is null;
}

/// <summary>
/// Asks for sparring for a counsellor, from any way in (the command, a button, the reflection form): finds their duty
/// team and who is on call there now, keeps the request, and takes its first step inside the call, so the supervisor's
/// card is on its way before the counsellor's turn is answered. Nobody on call: the ladder starts at the coordinators,
/// and the counsellor is told so at once.
/// </summary>
public sealed class SparringRequests(DutyTeams teams, IRosterStore rosters, RosterResolver resolver, ISparringRequestStore store, SparringEscalation escalation,
    EscalationLadder ladder, IShiftStore shifts, IDueWork dueWork, OrganisationClock clock, ILogger<SparringRequests> log)
{
    public async Task<SparringRequestStarted> RequestAsync(Person counsellor, SparringUrgency urgency, string? note, CancellationToken cancellationToken)
    {
        // What does not depend on each other goes at once, so the supervisor's card is a few round trips away: the id on
        // the counsellor's list, their open shift (read once, for the team and the cards' "on shift since"), and, when
        // the bot serves one team, that team's roster. The roster is read as stored now, not a kept copy: a swap made a
        // moment ago on another instance decides who is paged.
        var id = RandomId.New();
        var listed = store.ListForCounsellorAsync(counsellor.TeamsId, id, cancellationToken);
        var openShift = shifts.GetOpenAnywhereAsync(counsellor.TeamsId, cancellationToken);
        var onlyTeam = await teams.AllAsync(cancellationToken) is [var single] ? single : null;
        var onlyRoster = onlyTeam is null ? null : rosters.GetAsync(onlyTeam.TeamKey, cancellationToken);
        var open = await openShift;
        var (team, unclear) = await TeamOfAsync(counsellor, open, cancellationToken);
        var roster = team is null ? null
            : onlyRoster is not null && team.TeamKey == onlyTeam!.TeamKey ? await onlyRoster : await rosters.GetAsync(team.TeamKey, cancellationToken);
        var onCall = roster is null ? null : resolver.Now(roster);
        var asked = SparringRequest.Create(counsellor, urgency, note, clock.Now, onCall, id);
        // The first step is taken in the write that keeps the request: nobody else can know the request yet to race for
        // it, so the claim costs no round trip of its own. The ladder always has a first step (its last one at least).
        var first = ladder.Next(asked) ?? throw new InvalidOperationException("A new request has no first step.");
        var claimed = SparringTransitions.TakeStep(asked, first, clock.Now).Request!;
        // The step after it is scheduled beside the write that keeps the request, before anything is sent: whatever
        // happens to this turn from here, the ladder goes on. (Should the write fail, the step finds no request and stops.)
        var second = ladder.Next(claimed);
        await listed;
        var create = store.InsertAsync(claimed, cancellationToken);
        await Task.WhenAll(create, second is null ? Task.CompletedTask
            : dueWork.ScheduleAsync(SparringEscalation.WorkKind, claimed.Id, second.DueAt, null, cancellationToken));
        var request = await create;
        RequestLog.Created(log, request.Id, urgency, onCall is not null);
        var run = await escalation.RunAsync(request.Id, cancellationToken, known: request, claimedFirst: first, counsellorShift: new KnownShift(open),
            scheduledFor: second?.DueAt);
        return new SparringRequestStarted(run.Request ?? request, onCall?.Primary, unclear, run.CounsellorReached ?? false);
    }

    /// <summary>
    /// The counsellor's team: the one they are on duty in, else the only one; off duty with several, the one team that
    /// has a roster. Unclear otherwise: the request then has nobody on call and goes to the coordinators, never nowhere.
    /// </summary>
    private async Task<(DutyChannel? Team, bool Unclear)> TeamOfAsync(Person counsellor, Shift? open, CancellationToken cancellationToken)
    {
        if (await teams.OfCounsellorAsync(open, cancellationToken) is { } team)
        {
            return (team, false);
        }

        var all = await teams.AllAsync(cancellationToken);
        List<DutyChannel> withRoster = [];
        foreach (var candidate in all)
        {
            var roster = await rosters.GetAsync(candidate.TeamKey, cancellationToken);
            if (!roster.IsEmpty)
            {
                withRoster.Add(candidate);
            }
        }

        if (withRoster.Count == 1)
        {
            return (withRoster[0], false);
        }

        if (all.Count > 0)
        {
            RequestLog.TeamUnclear(log, all.Count);
        }

        return (null, all.Count > 0);
    }
}
