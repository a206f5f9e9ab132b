using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>
/// The roster's forms and remove buttons, for coordinators in the 1:1 chat. Every press is checked again (the role from
/// the activity, the team among those the bot knows, people among the team's members who are supervisors when
/// <c>Roles:Supervisors</c> lists any (<see cref="RosterCandidates"/>), times in their exact format);
/// a refused one changes nothing and says why. Answers replace the card: the roster with what changed, or the form.
/// </summary>
public sealed class RosterFormHandler(RosterScreens screens, RosterMembers members, Roles roles, IRosterStore store, RosterReader reader,
    ILogger<RosterFormHandler> log)
{
    private RosterWords Words => screens.Words;

    public Task<InvokeResponse> OnSlotFormAsync(TurnContext turn, OpenSlotFormPress press, CancellationToken cancellationToken) =>
        WithMembersAsync(turn, press.Team, (team, people) => Task.FromResult(Card(RosterFormCards.Slot(team, people.Offered, Words))), cancellationToken);

    public Task<InvokeResponse> OnOverrideFormAsync(TurnContext turn, OpenOverrideFormPress press, CancellationToken cancellationToken) =>
        WithMembersAsync(turn, press.Team, (team, people) => Task.FromResult(Card(RosterFormCards.Override(team, people.Offered, Words, screens.Clock.Today))),
            cancellationToken);

    public Task<InvokeResponse> OnAddSlotAsync(TurnContext turn, AddSlotPress press, CancellationToken cancellationToken) =>
        WithMembersAsync(turn, press.Team, async (team, people) =>
        {
            var values = press.ToValues();
            var form = RosterForms.ReadSlot(values, people, RosterForms.NewId());
            var change = form.Value is { } slot ? await store.AddSlotAsync(team.TeamKey, slot, cancellationToken) : null;
            if (change is { Added: true })
            {
                return await SavedAsync(team, "slot added", form.Value!.Id, Words.Slot(form.Value), cancellationToken);
            }

            var problems = Problems(team, "slot form", change?.Refusal is { } refusal ? [refusal] : form.Refusals);
            return Card(RosterFormCards.Slot(team, people.Offered, Words, values, problems));
        }, cancellationToken);

    public Task<InvokeResponse> OnAddOverrideAsync(TurnContext turn, AddOverridePress press, CancellationToken cancellationToken) =>
        WithMembersAsync(turn, press.Team, async (team, people) =>
        {
            var values = press.ToValues();
            var form = RosterForms.ReadOverride(values, people, RosterForms.NewId());
            var change = form.Value is { } added ? await store.AddOverrideAsync(team.TeamKey, added, cancellationToken) : null;
            if (change is { Added: true })
            {
                return await SavedAsync(team, "override added", form.Value!.Id, Words.Override(form.Value), cancellationToken);
            }

            var problems = Problems(team, "override form", change?.Refusal is { } refusal ? [refusal] : form.Refusals);
            return Card(RosterFormCards.Override(team, people.Offered, Words, screens.Clock.Today, values, problems));
        }, cancellationToken);

    public async Task<InvokeResponse> OnRemoveSlotAsync(TurnContext turn, RemoveSlotPress press, CancellationToken cancellationToken)
    {
        var (team, refused) = await screens.CheckAsync(turn, press.Team, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var slot = (await store.GetAsync(team!.TeamKey, cancellationToken)).Slots.FirstOrDefault(s => s.Id == press.Id);
        var removed = slot is not null && RandomId.IsWellFormed(press.Id) && await store.RemoveSlotAsync(team.TeamKey, press.Id, cancellationToken);
        return await RemovedAsync(team, removed, "slot removed", press.Id, removed ? Words.Slot(slot!) : null, cancellationToken);
    }

    public async Task<InvokeResponse> OnRemoveOverrideAsync(TurnContext turn, RemoveOverridePress press, CancellationToken cancellationToken)
    {
        var (team, refused) = await screens.CheckAsync(turn, press.Team, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var item = (await store.GetAsync(team!.TeamKey, cancellationToken)).Overrides.FirstOrDefault(o => o.Id == press.Id);
        var removed = item is not null && RandomId.IsWellFormed(press.Id) && await store.RemoveOverrideAsync(team.TeamKey, press.Id, cancellationToken);
        return await RemovedAsync(team, removed, "override removed", press.Id, removed ? Words.Override(item!) : null, cancellationToken);
    }

    /// <summary>
    /// Checks the presser and the team, then lists the team's members and who of them the form offers (or checks a save
    /// against). With supervisors configured but none of them in the team, a form would offer nobody: the roster says so.
    /// </summary>
    private async Task<InvokeResponse> WithMembersAsync(TurnContext turn, string teamKey, Func<DutyChannel, RosterCandidates, Task<InvokeResponse>> then,
        CancellationToken cancellationToken)
    {
        var (team, refused) = await screens.CheckAsync(turn, teamKey, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (await members.ListAsync(team!, cancellationToken) is not { } listed)
        {
            return await screens.RosterAnswerAsync(team!, cancellationToken, screens.Texts["Roster.NoMembers"], problem: true);
        }

        var candidates = RosterCandidates.Of(listed, roles);
        return candidates.Offered.Count > 0
            ? await then(team!, candidates)
            : await screens.RosterAnswerAsync(team!, cancellationToken, screens.Texts["Roster.NoSupervisorsInTeam"], problem: true);
    }

    private async Task<InvokeResponse> SavedAsync(DutyChannel team, string change, string id, string what, CancellationToken cancellationToken)
    {
        reader.Forget(team.TeamKey);
        RosterLog.Changed(log, team.TeamKey, change, id);
        return await screens.RosterAnswerAsync(team, cancellationToken, screens.Texts.Get("Roster.Added", what));
    }

    private async Task<InvokeResponse> RemovedAsync(DutyChannel team, bool removed, string change, string id, string? what, CancellationToken cancellationToken)
    {
        if (!removed)
        {
            return await screens.RosterAnswerAsync(team, cancellationToken, screens.Texts["Roster.AlreadyRemoved"], problem: true);
        }

        reader.Forget(team.TeamKey);
        RosterLog.Changed(log, team.TeamKey, change, id);
        return await screens.RosterAnswerAsync(team, cancellationToken, screens.Texts.Get("Roster.Removed", what));
    }

    private List<string> Problems(DutyChannel team, string form, IReadOnlyList<RosterRefusal> refusals)
    {
        RosterLog.Refused(log, team.TeamKey, form, string.Join(", ", refusals.Select(r => r.Reason)));
        return [.. refusals.Select(Words.Refusal)];
    }

    private static InvokeResponse Card(Cards.AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(card);
}
