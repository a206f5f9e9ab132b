using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary><c>/vagtkanal</c>: a coordinator makes the channel they type it in the team's duty channel.</summary>
public sealed class DutyChannelHandler(DutyChannelStore store, Roles roles, OrganisationClock clock, Texts<Strings> texts)
{
    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var answer = await ChooseAsync(turn, cancellationToken);
        await turn.ReplyAsync(Activity.TextMessage(answer), cancellationToken);
    }

    private async Task<string> ChooseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (DutyChannel.Here(turn, DutyChannelSource.Chosen, clock.Now) is not { } here)
        {
            return texts["DutyChannel.NotInChannel"];
        }

        if (!roles.IsCoordinator(turn.Actor()))
        {
            return texts["DutyChannel.OnlyCoordinators"];
        }

        await store.ChooseAsync(here, cancellationToken);
        return texts["DutyChannel.Chosen"];
    }
}
