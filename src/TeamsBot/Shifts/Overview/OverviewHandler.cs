using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary><c>/overblik</c>: a coordinator's weekly figures in the 1:1 chat (this week and the four before it).</summary>
public sealed class OverviewHandler(IEnumerable<IOverviewSource> sources, Roles roles, OrganisationClock clock, Texts<Strings> texts)
{
    public const int Weeks = 5;

    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!turn.Activity.IsPersonal() || !roles.IsCoordinator(turn.Actor()))
        {
            var refusal = turn.Activity.IsPersonal() ? texts["Coordinator.OnlyCoordinators"] : texts["Coordinator.OnlyPersonal"];
            await turn.ReplyAsync(Activity.TextMessage(refusal), cancellationToken);
            return;
        }

        var weeks = IsoWeek.Recent(clock.Today, Weeks);
        List<OverviewSection> sections = [];
        foreach (var source in sources)
        {
            sections.Add(await source.CountAsync(weeks, cancellationToken));
        }

        await turn.ReplyAsync(Activity.CardMessage(OverviewCard.Build(weeks, sections, texts)), cancellationToken);
    }
}
