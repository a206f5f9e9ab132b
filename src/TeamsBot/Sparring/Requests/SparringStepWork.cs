using TeamsBot.DueWork;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>A request's next step, when it falls due: the escalation re-reads the request and claims the step, so a late or repeated run sends nothing twice.</summary>
public sealed class SparringStepWork(SparringEscalation escalation) : IDueWorkHandler
{
    public string Kind => SparringEscalation.WorkKind;

    public Task HandleAsync(DueItem item, CancellationToken cancellationToken) => escalation.RunAsync(item.Key, cancellationToken);
}

/// <summary>
/// At the end of a counsellor's shift, their requests still open expire (the note goes), every card says so, and the
/// pending step is cancelled. Accepted ones stay for the Done press, and requests for a talk after the shift stay open.
/// </summary>
public sealed class RequestShiftObserver(ISparringRequestStore store, RequestCards cards, IDueWork dueWork, TeamsBot.Organisation.OrganisationClock clock,
    ILogger<RequestShiftObserver> log) : IShiftObserver
{
    public async Task OnClosedAsync(Shift shift, CancellationToken cancellationToken)
    {
        var counsellorId = shift.Counsellor.TeamsId;
        foreach (var requestId in await store.ListOfCounsellorAsync(counsellorId, cancellationToken))
        {
            var change = await store.ChangeAsync(requestId, r => SparringTransitions.Expire(r, clock.Now), cancellationToken);
            if (change.Changed && change.Request is { } expired)
            {
                await dueWork.CancelAsync(SparringEscalation.WorkKind, requestId, cancellationToken);
                await cards.EveryoneAsync(expired, null, cancellationToken);
                RequestLog.Expired(log, requestId);
            }

            if (change.Refusal?.Reason != SparringRefusalReason.WantedAfterShift)
            {
                await store.ForgetAsync(counsellorId, requestId, cancellationToken); // Kept for the next shift's end otherwise.
            }
        }
    }
}
