using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Cards;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// <c>/bagvagt</c>: anyone, anywhere, sees who is on call now; a coordinator in the 1:1 chat gets the team's whole
/// roster to manage (choosing the team first when the bot is in several and their own shift names none).
/// </summary>
public sealed class RosterHandler(RosterScreens screens, RosterReader reader, DutyTeams teams, OnCallLookup lookup, SparringContacts contacts)
{
    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var card = screens.IsCoordinatorInPersonalChat(turn)
            ? await CoordinatorCardAsync(turn, cancellationToken)
            : await OnCallCardAsync(turn, cancellationToken);
        await turn.ReplyAsync(Activity.CardMessage(card), cancellationToken);
    }

    public async Task<InvokeResponse> OnShowAsync(TurnContext turn, ShowRosterPress press, CancellationToken cancellationToken)
    {
        var (team, refused) = await screens.CheckAsync(turn, press.Team, cancellationToken);
        return refused ?? await screens.RosterAnswerAsync(team!, cancellationToken);
    }

    public async Task<InvokeResponse> OnChooseTeamAsync(TurnContext turn, ChooseRosterTeamPress press, CancellationToken cancellationToken) =>
        screens.Refusal(turn) is { } refusal
            ? AdaptiveCardInvokeResponse.Message(refusal)
            : AdaptiveCardInvokeResponse.Card(await screens.ChooseTeamAsync(cancellationToken));

    /// <summary>A roster button whose data does not fit (stale or forged): nothing is changed, and the way back is named.</summary>
    public Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message(screens.Refusal(turn) ?? screens.Texts["Roster.Unreadable"]));

    private async Task<AdaptiveCard> CoordinatorCardAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await teams.OfCounsellorAsync(turn.Actor(), cancellationToken) is { } team)
        {
            return await screens.RosterAsync(team, cancellationToken);
        }

        var all = await reader.TeamsAsync(cancellationToken);
        return all.Count == 0 ? await OnCallCardAsync(turn, cancellationToken) : await screens.ChooseTeamAsync(cancellationToken);
    }

    /// <summary>The team of the channel asked in; else the asker's team (their shift, or the only one); else every team.</summary>
    private async Task<AdaptiveCard> OnCallCardAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var here = turn.ChannelId() is { } channelId
            ? await reader.TeamOfChannelAsync(channelId, cancellationToken)
                ?? await reader.TeamAsync(DutyChannel.Here(turn, DutyChannelSource.Chosen, screens.Clock.Now)?.TeamKey, cancellationToken)
            : await teams.OfCounsellorAsync(turn.Actor(), cancellationToken);
        IReadOnlyList<DutyChannel> asked = here is not null ? [here] : await reader.TeamsAsync(cancellationToken);
        List<TeamOnCall> onCall = [];
        foreach (var team in asked)
        {
            onCall.Add(new TeamOnCall(screens.Words.TeamName(team), await lookup.NowAsync(team, cancellationToken)));
        }

        return OnCallCard.Build(onCall, contacts.Configured, screens.Words, screens.Clock.Today);
    }
}
