using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// What the roster's handlers share: who may change the roster (a coordinator, in the 1:1 chat, read from the
/// activity), which team a press names (one the bot knows, never trusted from the data), and the cards they answer with.
/// </summary>
public sealed class RosterScreens(RosterReader reader, IRosterStore store, RosterResolver resolver, OnCallLookup lookup, OrganisationClock clock,
    Roles roles, Texts<Rosters.Strings> texts)
{
    public RosterWords Words { get; } = new(texts);

    public Texts Texts => texts;

    public OrganisationClock Clock => clock;

    /// <summary>Null for a coordinator in the 1:1 chat; otherwise the polite refusal to answer with.</summary>
    public string? Refusal(TurnContext turn) =>
        !turn.Activity.IsPersonal() ? texts["Roster.OnlyPersonal"]
        : !roles.IsCoordinator(turn.Actor()) ? texts["Roster.OnlyCoordinators"]
        : null;

    public bool IsCoordinatorInPersonalChat(TurnContext turn) => Refusal(turn) is null;

    /// <summary>A coordinator's press on a team the bot knows: the team; otherwise the answer that refuses it.</summary>
    public async Task<(DutyChannel? Team, InvokeResponse? Refused)> CheckAsync(TurnContext turn, string team, CancellationToken cancellationToken)
    {
        if (Refusal(turn) is { } refusal)
        {
            return (null, AdaptiveCardInvokeResponse.Message(refusal));
        }

        return await reader.TeamAsync(team, cancellationToken) is { } known
            ? (known, null)
            : (null, AdaptiveCardInvokeResponse.Message(texts["Roster.UnknownTeam"]));
    }

    /// <summary>The coordinator's roster card, read from the table (not the short-lived copy the board uses).</summary>
    public async Task<AdaptiveCard> RosterAsync(DutyChannel team, CancellationToken cancellationToken, string? notice = null, bool problem = false)
    {
        var roster = await store.GetAsync(team.TeamKey, cancellationToken);
        var now = await lookup.ForAsync(roster, cancellationToken);
        var several = (await reader.TeamsAsync(cancellationToken)).Count > 1;
        var view = new RosterView(team, roster, resolver.NextSevenDays(roster), now, several, notice, problem, EveryoneCanBeChosen: roles.Supervisors.Count == 0);
        return RosterCard.Build(view, Words, clock.Today);
    }

    public async Task<InvokeResponse> RosterAnswerAsync(DutyChannel team, CancellationToken cancellationToken, string? notice = null, bool problem = false) =>
        AdaptiveCardInvokeResponse.Card(await RosterAsync(team, cancellationToken, notice, problem));

    public async Task<AdaptiveCard> ChooseTeamAsync(CancellationToken cancellationToken) =>
        RosterCard.ChooseTeam(await reader.TeamsAsync(cancellationToken), Words);
}
